-- Eastern Parkway: a prosecutor scenario modelled on Common Justice (Brooklyn and the Bronx),
-- an alternative to incarceration for serious violent felonies that goes ahead only if the
-- harmed party consents. Premise 3 in shared/reference/restorative-practice.md B.7;
-- programme design from B.5 (circle, surrogates, restitution and service, a 12-15-month
-- violence-intervention programme, services for harmed parties whatever they decide) and B.6.
-- The co-keeper seat in the circle is a training device (see the notes on circle_open).

return scenario {
  id = "common-justice-robbery",
  version = 1,
  title = "Eastern Parkway, 10:40 p.m.",
  role = "prosecutor",
  summary = [[A 19-year-old is charged with robbing a woman of her phone at knifepoint. As the assistant district attorney, you decide whether to offer the case to Common Justice, an alternative to prison that happens only if the person harmed freely says yes. If she does, you have to keep the programme's promises through preparation, a circle, a repair agreement and fifteen months of follow-up; if she says no, you have to respect it.]],
  minutes = 25,
  modelled_on = "Common Justice (Brooklyn and the Bronx, New York): an alternative to incarceration for serious violent felonies, used only with the harmed party's consent",
  speakers = { "Mr. Feld", "Ms. Park", "Ms. Ocampo", "Ana", "Tomás", "Ms. Daniels", "Detective Harlan", "Mr. Baptiste",
    "Jordan", "Mrs. Mills", "Ms. Cole", "Coach Ellis" },
  figures = {
    {
      text = "About 9 in 10 harmed parties who were offered the choice chose Common Justice over incarceration (programme-reported).",
      source = "Danielle Sered, founder of Common Justice, as reported by The Daily Californian (13 March 2019) and the Solutions Journalism Network",
    },
    {
      text = "In London randomised trials with 192 burglary and robbery victims, those assigned to a restorative conference had 49% fewer cases of clinical-level post-traumatic stress symptoms about a month later (a short-term measure).",
      source = "Angel et al. (2014), Journal of Experimental Criminology",
    },
    {
      text = "A 2023 meta-analysis of adult restorative justice (27 studies, 34 samples) found a small reduction in general reoffending and none in violent reoffending, with higher victim and participant satisfaction. Results varied with features of the studies and programmes.",
      source = "Criminology & Criminal Justice (2023), DOI 10.1177/17488958231215228",
    },
  },

  vars = {
    defence_told = false,     -- Jordan's side was told of the programme before Ana was asked
    pushed = false,           -- the office steered Ana towards the programme
    consent_pressured = false,-- the programme went ahead on a "yes" given under pressure
    overpromised = false,     -- Ana was promised an apology and prison for any slip
    surrogate = false,        -- Ana chose a surrogate to sit in the circle
    breach = "none",          -- "statement" | "threat" | "prep_threat" | "hold" | "probation"
    minimised = false,        -- the circle went ahead while Jordan denied the knife
    jordan_shut_down = false, -- Jordan was threatened or shamed into silence in the circle
    terms = "none",           -- "specific" | "degrading" | "vague" | "revised"
    slid = false,             -- the missed sessions were left unaddressed
    harsh_ask = false,        -- after Ana declined, the top of the range was sought
    return_reason = "none",   -- "withdrew" | "denial"
    harm_cause = "none",      -- "pressured" | "denial"
  },

  start = "intake",

  ---------------------------------------------------------------------------
  -- 1. Eligibility and referral
  ---------------------------------------------------------------------------
  scene "intake" {
    title = "Monday, 9:00 a.m., Brooklyn",
    text = [[You are an assistant district attorney in Brooklyn. The file:

On October 14 at 10:40 p.m., on Eastern Parkway, Jordan Mills, 19, stepped in front of Ana Reyes, 34, a home health aide walking home from a late shift. He opened a folding knife, pointed it at her and said, "Phone. Now." She handed it over and fell backwards, scraping both palms. The $780 phone was sold the next morning and never recovered.

A deli camera shows Jordan's face, a Fulton Street repair shop identified him as the seller, and Ana picked him from a photo array. Arrested a week later with the knife, he is charged with first-degree robbery. He has no record, was released under supervision, and lives with his grandmother.

Your office can refer cases to Common Justice, an alternative to prison for serious violent felonies, used only if the person harmed agrees. Your bureau chief stops by.

Mr. Feld: A knife in a stranger's face. Our usual offer is state prison.]],
    notes = [[Common Justice takes serious and violent felonies such as robbery and assault, originally for people aged 16 to 24, and does not take family violence. It goes ahead only if the harmed party consents, and harmed parties are offered services whatever they decide. Ask the room which facts make this case eligible, and why it matters that this is a case the office would otherwise send to prison.]],
    questions = {
      "Why should an alternative to incarceration take only cases that would otherwise end in prison?",
      "Who should hear about the programme first, the person harmed or the accused? Why?",
    },
    choice { "Keep it on the ordinary track: the grand jury and the usual prison offer. A knife at a stranger's chest is too serious for an alternative, and Ana deserves the full weight of the law",
      id = "ordinary-track", to = "prison-no-voice",
      score = { due_process = 1, victim_voice = -2, least_intrusive = -2, accountability = -1 },
      feedback = [[Lawful, and the evidence supports it. But Common Justice was built for serious violent felonies like this one, and nothing in the file excludes it. The real loss is that Ana is never asked: whether to try a different kind of justice was hers to decide, and the decision was made for her.]],
    },
    choice { "Check the case against the programme's criteria and refer it; Common Justice asks Ana before anyone tells Jordan",
      id = "refer-victim-first", to = "approach",
      score = { due_process = 2, least_intrusive = 2, victim_voice = 1, safety = 1 },
      feedback = [[Right. It is a violent felony, not family violence, Jordan is 19, and the evidence would carry a trial, so this is a real alternative to prison, not a way to reach a case you would drop. And asking the person harmed first means her answer is not shaped by what Jordan's side has already been told.]],
    },
    choice { "Refer the case, and tell Jordan's lawyer today so he can get ready while Common Justice talks to Ana",
      id = "tell-defence-first", to = "approach",
      set = { defence_told = true },
      score = { least_intrusive = 1, due_process = 1, victim_voice = -2, voluntary = -1 },
      feedback = [[Referring is right, but telling Jordan's side first changes Ana's choice. Once his family believes the programme is coming, a no from her turns her into the person who "took away his chance". Consent is freest when nobody is waiting on it.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 2. Putting the choice to Ana
  ---------------------------------------------------------------------------
  scene "approach" {
    title = "The following week",
    text = function(v)
      local t = [[Common Justice accepts the referral. Its survivor advocate, Ms. Ocampo, will make the first contact with Ana. Your office decides what it asks her to say.

Ana's statement to the detective: she has not walked home from the subway since October. She takes a car service she cannot afford and has missed two shifts. She told the detective she wants "him off the street". She has never heard of Common Justice.]]
      if v.defence_told then
        t = t .. "\n\nJordan's lawyer, Ms. Daniels, has already told Jordan and his grandmother that a programme may be possible. His grandmother has told her church it is \"all but settled\"."
      end
      return t .. "\n\nMr. Feld asks how you want it put to her."
    end,
    notes = [[The choice must be put neutrally: Ana is being asked what justice she wants, not asked to rescue Jordan. Common Justice reports that about 9 in 10 harmed parties offered the choice take it; the figure only means something because the offer is made without pressure and services follow either answer.]],
    questions = {
      "What should Ana hear about what happens if she says no?",
      "How would you describe prosecution and the programme so that neither sounds like the 'right' answer?",
    },
    choice { "Call Ana yourself: explain that prison tends to make young men more dangerous when they come out, that the programme is safer for her neighbourhood in the long run, and recommend it as the better outcome for everyone",
      id = "recommend-programme", to = { { 0.75, "ana_pressured_yes" }, { 0.25, "ana_declines" } },
      set = { pushed = true },
      score = { voluntary = -2, victim_voice = -2 },
      feedback = [[What you say about prison may be true, but a prosecutor recommending one answer to the person harmed is pressure, however kindly meant. It also makes her responsible for Jordan's future. Her choice is about what she needs, and she has not been told what either path offers her.]],
    },
    choice { "Write to Ana that your office has chosen the programme for this case, and that she should call Ms. Ocampo if she objects",
      id = "letter-opt-out", to = { { 0.75, "ana_pressured_yes" }, { 0.25, "ana_declines" } },
      set = { pushed = true },
      score = { voluntary = -3, victim_voice = -2, respect = -1 },
      feedback = [[A letter that announces the decision and invites objections treats silence as consent. Common Justice goes ahead only if the harmed party says yes; an opt-out letter turns that around and leaves a frightened woman to find the programme in an envelope.]],
    },
    choice { "Ask Ms. Ocampo to meet Ana where she prefers, describe both paths evenly, offer services either way, and set no deadline",
      id = "neutral-approach", to = { { 0.75, "ana_considers" }, { 0.25, "ana_declines" } },
      score = { voluntary = 3, victim_voice = 3, safety = 1 },
      feedback = [[This is how the choice should be put: in person, on her terms, both paths described evenly, help offered whatever she decides, and no clock running. Whatever Ana answers is now a real decision, and either answer is a good outcome of this step.]],
    },
  },

  scene "ana_pressured_yes" {
    title = "A tired yes",
    text = [[Ana calls back two days later.

Ana: If the DA's office thinks that's best, okay. I just don't want to think about it any more.

She has not met Ms. Ocampo. Nobody has told her that she can say no, that someone else can sit in the circle for her, that her brother can come, or that services are hers whatever she decides.]],
    notes = [[A "yes" given to please an official, or to make the subject go away, is not free and informed consent. Recognising it and undoing it is the skill being tested.]],
    choice { "Step back: tell her there is nothing to decide today, and ask whether Ms. Ocampo can meet her properly, with every option and services whatever she chooses",
      id = "step-back", to = "ana_considers",
      score = { voluntary = 2, victim_voice = 2 },
      feedback = [[Good recovery. A tired "okay" is not consent. Giving her time, a proper meeting and a real option to refuse turns it back into her choice; the earlier call still cost something, but the harm stops here.]],
    },
    choice { "Take it as a yes: she has said okay, asking again would only burden her, so tell the defence the offer is on",
      id = "take-tired-yes", to = "defence",
      violation = "no_victim_consent",
      set = { consent_pressured = true },
      score = { voluntary = -3, victim_voice = -3, safety = -1 },
      feedback = [["I don't want to think about it any more" is not a free and informed yes. Going ahead on it breaks the programme's gate: Ana would be walked into a circle with the man who held a knife to her without ever having chosen it.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 3a. Ana declines
  ---------------------------------------------------------------------------
  scene "ana_declines" {
    title = "A clear no",
    text = function(v)
      local t = "Ms. Ocampo meets Ana at a diner near her building."
      if v.pushed then
        t = t .. " Ana has already heard from your office that the programme is \"better for everyone\". She is polite and brief."
      end
      t = t .. [[


Ana: I'm glad it exists. Maybe for someone else. I want this to go through court the normal way. I don't want to sit in a room with him, and I don't want to be the reason he gets a break.

Ms. Ocampo tells you Ana was clear. She is still taking cabs home and has not slept well since October.]]
      if v.defence_told then
        t = t .. "\n\nMs. Daniels emails: Jordan has been told about the programme. What happens now?"
      end
      return t
    end,
    notes = [[A no is a complete answer. When a restorative route is not possible, the case goes back to the ordinary process without delay (UN Basic Principles para 11), and Common Justice offers the harmed party services whatever she decides.]],
    questions = {
      "What does Ana still need from the system now that she has said no?",
      "Why would asking her to reconsider be pressure even if you ask politely?",
    },
    choice { "Keep the case adjourned another month in case she changes her mind",
      id = "hold-open", to = "case-in-limbo",
      score = { least_intrusive = -2, victim_voice = -2, due_process = -1 },
      feedback = [[Waiting "in case" treats her answer as provisional and leaves everyone in limbo: Ana waits for a case to move, Jordan lives with an open felony, and the evidence ages. A declined offer goes back to the ordinary process promptly.]],
    },
    choice { "Accept her answer as final; keep Common Justice's services with her (counselling, help with a compensation claim, a safety plan) and tell her she can call your office with any question",
      id = "accept-no", to = "after_no",
      score = { victim_voice = 3, voluntary = 2, safety = 1 },
      feedback = [[Right. Her no ends the restorative route and nothing else: help for the harm she suffered does not depend on which answer she gave. A safety plan for the walk home answers the fear she described, and an open line to your office keeps her informed as the case goes on.]],
    },
    choice { "Call her back, explain gently what prison does to a 19-year-old with no record, and ask her to take a few more days before she decides for good",
      id = "press-after-no", to = "pressed_after_no",
      score = { voluntary = -3, victim_voice = -3 },
      feedback = [[Asking the person harmed to reconsider for the sake of the man who robbed her shifts his future onto her shoulders. That is exactly the pressure the consent rule exists to prevent.]],
    },
  },

  scene "pressed_after_no" {
    title = "Pushing back",
    text = [[Ana is silent for a moment.

Ana: So now it's on me. If he goes to prison, it's because I said no.

Ana: Fine. Do your programme. Just don't call me again.

Ms. Ocampo, who was on the call, messages you: "That was not a yes."]],
    choice { "Take her \"fine\" and tell the defence the offer is on",
      id = "take-pressed-yes", to = "consent-broken",
      violation = "no_victim_consent",
      set = { consent_pressured = true },
      score = { voluntary = -3, victim_voice = -3, safety = -2 },
      feedback = [["Fine, just don't call me again" after a clear refusal is surrender, not consent. Going ahead on it would put Ana in a process she has already said she does not want.]],
    },
    choice { "Withdraw: apologise, tell her that her first answer stands, and keep her services in place",
      id = "withdraw-pressure", to = "after_no",
      score = { voluntary = 2, victim_voice = 2 },
      feedback = [[Backing off and saying so plainly gives Ana her decision back. The call did damage, but honouring her original no, with support intact, repairs it as far as it can be repaired.]],
    },
  },

  scene "after_no" {
    title = "The case without the programme",
    text = function(v)
      local t = [[The programme is off the table. Three voices reach you the same week: Ms. Park, a colleague in your bureau; the detective; and Ana's advocate.

Ms. Park: Without the programme it's a first offence and a phone. Offer a misdemeanour and move on.

Detective Harlan: Ask for the max. The soft option's gone.

Ms. Ocampo: Ana asked me what happens now, and whether she'll have to testify.]]
      if v.defence_told then
        t = t .. "\n\nMs. Daniels writes that Jordan was ready to take part, and asks whether Ana's answer will now count against him."
      end
      return t
    end,
    notes = [[When the harmed party declines, the case should be no weaker and no harsher than it would have been. Dropping it tells future victims that declining makes the case disappear; raising the stakes punishes the accused for a choice that was not his.]],
    questions = {
      "What does 'prosecute normally' mean for Ana, and for Jordan?",
      "How can Ana's losses still be repaired without a restorative process?",
    },
    choice { "Offer a misdemeanour plea with time served: without the programme it is not worth a trial",
      id = "drop-to-misdemeanour", to = "case-dropped",
      score = { victim_voice = -3, accountability = -2, repair = -1, least_intrusive = 1 },
      feedback = [[Light-touch, but Ana said no to a circle, not to justice, and she asked for the normal process. Cutting the case down because she declined tells every future victim that refusing the programme makes the case go away.]],
    },
    choice { "Ask for the top of the sentencing range: the lenient route is gone, Ana wants him off the street, and a knife held to a stranger justifies it",
      id = "harsher-after-no", to = "prosecuted",
      set = { harsh_ask = true },
      score = { least_intrusive = -2, respect = -2, due_process = -1 },
      feedback = [[The programme closed because Ana chose not to take part, which was her right, not something Jordan did. Seeking more than your bureau would normally seek punishes him for her choice. The outcome should rest on the offence, as it would have at the start.]],
    },
    choice { "Proceed as you would have: the usual offer, a restitution order for Ana's losses, nothing harsher, and keep Ana and the defence informed",
      id = "prosecute-fairly", to = "prosecuted",
      score = { due_process = 2, repair = 2, accountability = 1, respect = 1, least_intrusive = 1, victim_voice = 1 },
      feedback = [[Right. The case goes on promptly at the level the evidence supports, with your bureau's usual offer: no weaker, and no harsher because Ana declined. Restitution answers the money she lost even without a circle, and keeping both sides informed is basic fairness to each.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 3b. Ana considers, and chooses how to take part
  ---------------------------------------------------------------------------
  scene "ana_considers" {
    title = "Ana's questions",
    text = function(v)
      local t = [[Ms. Ocampo meets Ana at the library near her building. Ana brings her brother, Tomás.

Ana: Would I have to see him? Does he find out where I live?

Ana: And if he stops going halfway through, he just walks?

Tomás: What does she get out of this? She's still paying for cabs.]]
      if v.defence_told then
        t = t .. "\n\nAna: His lawyer already told his family. So if I say no, I'm the one sending him away?"
      end
      return t .. "\n\nMs. Ocampo calls you from the lobby. Ana is interested but has not decided. What may Ms. Ocampo tell her?"
    end,
    notes = [[Informed consent needs accurate answers, including the unwelcome ones. Nobody can promise what Jordan will say or feel, and nobody should promise that any slip means prison: a failure to complete returns the case to court, no harsher. Common Justice allows a surrogate to sit in the circle for the harmed person.]],
    questions = {
      "Which of Ana's questions can you answer with certainty, and which can you not?",
    },
    choice { "Reassure her: Jordan will certainly apologise to her face and repay every dollar, and if he slips even once he goes straight to prison, so she has nothing to lose by saying yes",
      id = "overpromise", to = { { 0.6, "ana_in_person" }, { 0.4, "ana_surrogate" } },
      set = { overpromised = true },
      score = { voluntary = -2, victim_voice = -1, respect = -1 },
      feedback = [[Promising an apology you cannot guarantee, and a punishment the programme does not impose, wins agreement on false terms. Consent is only informed if Ana knows what the circle can and cannot do, and the promise will come back when Jordan has a hard month.]],
    },
    choice { "Answer honestly: she can attend with Tomás, send a surrogate with her questions, or stop at any time; stay-away terms and repayment can be asked for; if Jordan does not finish, the case returns to court; services are hers either way",
      id = "answer-honestly", to = { { 0.6, "ana_in_person" }, { 0.4, "ana_surrogate" } },
      score = { voluntary = 3, victim_voice = 3, safety = 2 },
      feedback = [[Honest answers and real options (in person, a surrogate, stopping at any time) make whatever Ana decides a free and informed choice. Telling her plainly what happens if Jordan does not finish is also what keeps the programme's later promises honest.]],
    },
  },

  scene "ana_in_person" {
    title = "Ana says yes",
    text = [[Ana signs her consent with Ms. Ocampo. She wants to sit in the circle herself, with Tomás beside her.

Ana: I want him to see my face. I want him to know I still flinch when someone walks behind me.

She does not want Jordan's family "crying at her", and she is nervous about being in the same building as him before it starts.

Mr. Baptiste, the Common Justice facilitator who will keep the circle, asks how you want the day planned for her.]],
    choice { "Plan it with her: separate arrival and waiting rooms, Tomás beside her, a signal for a break, her choice of when she speaks, and who else will be in the circle and why",
      id = "plan-with-ana", to = "defence",
      score = { safety = 2, victim_voice = 2, respect = 1 },
      feedback = [[Preparation is where safety is built: she never has to pass Jordan in a corridor, she controls the pauses and her turn, and nobody in the circle is a surprise. Meeting the fears she named is what makes a hard conversation possible.]],
    },
    choice { "Keep it simple and normal: everyone meets in the lobby at ten and goes in together, so Ana sees Jordan is just a nervous young man; Mr. Baptiste will handle the rest",
      id = "lobby-together", to = "defence",
      score = { safety = -2, victim_voice = -1 },
      feedback = [[Simple for the office, hard for Ana. She told you what frightens her: meeting Jordan before she is ready. A shared lobby puts that first moment outside anyone's control.]],
    },
  },

  scene "ana_surrogate" {
    title = "Ana says yes, from a distance",
    text = [[Ana signs her consent with Ms. Ocampo, but she does not want to be in the room.

Ana: I want him to hear it. I just don't want to be the one sitting there.

Common Justice suggests a surrogate: Ms. Bernadette Cole, who was robbed at knifepoint on her way home twelve years ago and has sat in circles for other survivors. Ana wants to write down her questions. Tomás asks whether he could come too.

Mr. Baptiste asks how Ana's voice should reach the circle.]],
    notes = [[A surrogate lets the circle hear from someone harmed in a similar way when the person harmed does not want to attend. The surrogate does not speak for the person harmed; her own words and questions still belong to her.]],
    choice { "Let Ms. Cole speak for Ana: she has lived through the same kind of robbery, has sat in circles before, and can tell Jordan how Ana must feel far better than a letter could",
      id = "surrogate-speaks-for", to = "defence",
      set = { surrogate = true },
      score = { victim_voice = -2, respect = -1 },
      feedback = [[Ms. Cole knows a great deal, but she does not know Ana. Letting a stranger describe Ana's feelings replaces the voice the circle is meant to hear with a guess.]],
    },
    choice { "Ask Ana what she wants shared and how: her letter read in her own words, her questions put to Jordan and his answers brought back to her; Ms. Cole speaks from her own experience, and Tomás comes if Ana wants him there",
      id = "ana-voice-through-surrogate", to = "defence",
      set = { surrogate = true },
      score = { victim_voice = 3, voluntary = 1, respect = 1 },
      feedback = [[Ana stays the author of what the circle hears about her: her words, her questions, and the answers brought back to her. Ms. Cole adds her own experience without speaking in Ana's place.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 4. The offer to Jordan
  ---------------------------------------------------------------------------
  scene "defence" {
    title = "The offer",
    text = function(v)
      local t
      if v.consent_pressured then
        t = "Your office has told the defence that Ana agreed."
      else
        t = "Ana has signed her consent with Common Justice."
      end
      return t .. [[ Now the offer goes to Jordan and his lawyer.

Ms. Daniels: I need the terms in writing: what he has to accept, what the programme asks, what happens if he stumbles, and whether anything he says in preparation or the circle can be used against him. Then I need time with him and his grandmother.

The arresting detective calls you too.

Detective Harlan: The kid told his supervision officer he wants to "make it right". I can sit him down Monday and get it on tape. Saves everyone time.

Mr. Feld wants it settled by the next court date, in three weeks.]]
    end,
    notes = [[Jordan's choice must be as free and informed as Ana's: the programme's demands are heavy, and accepting responsibility has legal weight. His lawyer explains it before he admits anything, and a refusal must leave him no worse off.]],
    questions = {
      "What does a deadline do to how voluntary his yes is?",
      "Why is a young man's wish to 'make it right' not enough on its own?",
    },
    choice { "Let Detective Harlan take the statement on Monday while Jordan is willing; send Ms. Daniels the recording and the terms afterwards so she can review everything together",
      id = "detective-statement", to = "statement_fallout",
      violation = "admission_before_counsel",
      score = { due_process = -3, voluntary = -2 },
      feedback = [[Jordan has a lawyer, and an admission taken without her, after your office has made an offer, is exactly what legal advice exists to prevent. His eagerness to make it right is the moment advice matters most. Review afterwards does not undo it.]],
    },
    choice { "Tell Ms. Daniels the offer lapses at the next court date, and that if Jordan passes you will seek added weapon counts",
      id = "deadline-threat", to = "counsel_objects",
      violation = "coerced_accused",
      score = { voluntary = -3, due_process = -2, least_intrusive = -2 },
      feedback = [[A deadline backed by a heavier charge is coercion. Taking part has to be Jordan's free choice, and refusing must not make things worse for him. Charges used as a lever, rather than because the evidence calls for them, also misuse your discretion.]],
    },
    choice { "Send Ms. Daniels the terms in writing, including confidentiality and what happens if he does not finish, and give her the time she needs",
      id = "terms-in-writing", to = "jordan_prep",
      score = { due_process = 3, voluntary = 2, least_intrusive = 1 },
      feedback = [[This is what makes his yes worth having: advice from his own lawyer, a written promise that nothing said in preparation or the circle will be used against him, so he can be honest, and a plain statement that not finishing returns the case to where it stands now, no harsher. It costs time against Mr. Feld's date.]],
    },
  },

  scene "statement_fallout" {
    title = "Monday evening",
    text = [[Detective Harlan's recording is eight minutes long. Jordan, alone with him, says he took the phone and is sorry.

Ms. Daniels calls you that evening.

Ms. Daniels: You put my client in a room with a detective, after your office had made an offer, without me. I'll move to suppress it. And right now I can't tell him your offer is safe to trust.

The rest of the evidence is unaffected: the video, the shop owner, the photo array.]],
    choice { "Put in writing that the recording will not be used for anything, apologise, and give Ms. Daniels time to advise Jordan",
      id = "disavow-statement", to = "jordan_prep",
      score = { due_process = 1, voluntary = 1 },
      feedback = [[The best repair available: own the mistake, take the recording off the table and let his lawyer do her job. The evidence never needed it.]],
    },
    choice { "Keep the recording: it is honest, and the file is stronger with it",
      id = "keep-statement", to = "trust-broken",
      set = { breach = "statement" },
      score = { due_process = -3, voluntary = -2, least_intrusive = -1 },
      feedback = [[Relying on an admission taken without counsel compounds the first breach. The case was already strong, so the recording adds little and costs the trust the programme depends on.]],
    },
  },

  scene "counsel_objects" {
    title = "Wednesday",
    text = [[Ms. Daniels: Added counts if he doesn't sign within three weeks? The programme is supposed to be his choice. If that's the price, I'll advise him to say nothing and go to trial.

Mr. Baptiste, copied on the email, writes that Common Justice does not take participants who are pushed into it: the work depends on the person choosing it.]],
    choice { "Withdraw the deadline and the threat in writing, apologise, and give Ms. Daniels the time she needs",
      id = "withdraw-threat", to = "jordan_prep",
      score = { voluntary = 1, due_process = 1 },
      feedback = [[Withdrawing the threat openly gives Jordan a free choice again and puts the charges back where the evidence puts them. It does not erase the first message, but it lets the programme go ahead on fair terms.]],
    },
    choice { "Hold your position: deadlines are how cases move",
      id = "hold-threat", to = "trust-broken",
      set = { breach = "threat" },
      score = { voluntary = -3, due_process = -2, least_intrusive = -1 },
      feedback = [[Holding the threat turns a voluntary programme into a plea under pressure. His lawyer will advise against it, Common Justice will not take him, and Ana, who said yes, loses the circle she chose.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 5. Preparation
  ---------------------------------------------------------------------------
  scene "jordan_prep" {
    title = "Preparing Jordan",
    text = [[Jordan accepts the offer after two meetings with Ms. Daniels. Mr. Baptiste, the Common Justice facilitator who will keep the circle, has met him four times since.

His notes: Jordan lost his warehouse job in August. He owed $600 to an older man on his block, who had started waiting outside his grandmother's building.

Jordan: I didn't pull a knife on her. It was just in my hand. I asked for the phone, she gave it.

The deli video shows the blade open and pointed at Ana's chest. Jordan has not watched it.

He wants his grandmother, Gloria Mills, in the circle, and his old basketball coach, Mr. Ellis.]],
    notes = [[A circle assumes the person who caused harm accepts the basic facts (Scottish Government guidance; the IIRP script). "It was just in my hand" denies the threat that is the heart of Ana's harm. Preparation, with his lawyer, is where this is worked through, before anyone harmed is in the room. Note the debt too: Common Justice is safety-driven, and that includes Jordan's safety.]],
    questions = {
      "What would Ana hear in the circle if he said this there?",
      "What could help Jordan move from 'it was in my hand' to owning what he did?",
    },
    choice { "Ask Mr. Baptiste to keep preparing: go through the video and Ana's statement with Jordan and Ms. Daniels, and hold the circle only when he owns what he did in his own words",
      id = "prepare-to-own", to = "circle_open",
      score = { accountability = 3, safety = 2, due_process = 1 },
      feedback = [[Good. Testing acknowledgement in preparation, with his lawyer present, protects Ana from hearing a denial across the circle and gives Jordan a fair chance to face the video first. The debt he described belongs in the plan too.]],
    },
    choice { "Go ahead: he has accepted the robbery, and the circle will draw out the rest",
      id = "accept-minimised", to = "circle_open",
      violation = "responsibility_denied",
      set = { minimised = true },
      score = { accountability = -3, safety = -2, victim_voice = -1 },
      feedback = [[He denies the knife, which is the part of that night Ana lives with. Going ahead while the central fact is disputed risks Ana hearing, in front of everyone, that it did not happen the way she lived it.]],
    },
    choice { "Tell Ms. Daniels that unless Jordan admits the knife exactly as the video shows by Monday, the offer is withdrawn and you will ask for the maximum",
      id = "admit-or-else", to = "trust-broken",
      violation = "coerced_accused",
      set = { breach = "prep_threat" },
      score = { voluntary = -3, due_process = -2, accountability = -1 },
      feedback = [[Acknowledgement forced by a threat is not accountability; it is words said to avoid prison. Preparation is the place to help him face the video; a deadline and the maximum sentence make it a plea bargain.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 6. The circle
  ---------------------------------------------------------------------------
  scene "circle_open" {
    title = "The circle",
    text = function(v)
      local t = "Six weeks later, a circle of chairs at Common Justice's office. Mr. Baptiste keeps the circle; with everyone's agreement you sit beside him as co-keeper, part of your office's training.\n\nJordan sits between his grandmother and Coach Ellis. "
      if v.consent_pressured then
        t = t .. "Opposite, Ana sits alone with her coat on. She has met Mr. Baptiste once, for ten minutes.\n\nWhen he welcomes her, she looks at the floor.\n\nAna: Let's just do this."
      elseif v.surrogate then
        t = t .. "Opposite sit Ms. Cole, with Ana's letter in an envelope on her knee, and Tomás."
      else
        t = t .. "Opposite sit Ana and Tomás. Ana came in through the side door and chose the chair nearest it."
      end
      return t .. "\n\nMr. Baptiste hands you the talking piece, a smooth stone, to open."
    end,
    notes = [[In practice Common Justice's own staff keep the circle; the co-keeper seat is a training device so that trainees practise the conversation. A circle opens with guidelines everyone agrees to and a talking piece: only the holder speaks, anyone may pass. It is about what happened and who was affected, not who is good or bad. If the trainee arrived here on a pressured yes, watch whether they notice Ana.]],
    questions = {
      "What should Ana and Jordan each hear in the first minute?",
      "What does a talking piece do for someone who is frightened or angry?",
    },
    choice { "Read out the charge and what Jordan faces if he fails, so that everyone, Jordan most of all, starts from the same understanding of how serious this is and why they are here",
      id = "open-with-stakes", to = "circle_jordan",
      when = function(v) return not v.consent_pressured end,
      score = { respect = -2, voluntary = -2 },
      feedback = [[Everyone already knows the stakes. Opening with the prison term turns the circle into a threat and puts you, not the participants, at the centre. A young man who feels cornered explains less and defends more.]],
    },
    choice { "Open with a round of names and hopes; agree guidelines together; say anyone may pass or pause, and that this is about what happened, not who is good or bad",
      id = "open-with-round", to = "circle_jordan",
      when = function(v) return not v.consent_pressured end,
      score = { respect = 3, voluntary = 2, safety = 1, victim_voice = 1 },
      feedback = [[A good opening. The round lets every person be heard before anyone is asked about the robbery, the guidelines are the group's own, and separating the act from the person tells Jordan he is here to answer for what he did, not to be condemned for who he is.]],
    },
    choice { "Ask Tomás to begin by telling Jordan what the family thinks of him",
      id = "open-with-verdict", to = "circle_jordan",
      when = function(v) return not v.consent_pressured end,
      score = { respect = -2, safety = -1 },
      feedback = [[Tomás's anger deserves to be heard in its turn, but opening with a verdict on Jordan's character sets the circle against him before he has said a word, and leaves Ana's own voice waiting.]],
    },
    choice { "Call a break and ask Ana privately, with Ms. Ocampo, whether she wants to be here at all; accept her answer",
      id = "pause-for-ana", to = "returned-to-court",
      when = function(v) return v.consent_pressured end,
      set = { return_reason = "withdrew" },
      score = { voluntary = 3, victim_voice = 3, safety = 2 },
      feedback = [[Right, and late. Ana's silence is a warning you can still act on: consent can be withdrawn at any point, and the person harmed must be asked directly. The real mistake was the pressured yes that brought her here.]],
    },
    choice { "Carry on: she agreed, and everyone has come",
      id = "carry-on", to = "reharmed",
      when = function(v) return v.consent_pressured end,
      set = { harm_cause = "pressured" },
      score = { voluntary = -2, victim_voice = -3, safety = -2 },
      feedback = [[Everyone being in the room is not consent. A woman who cannot look up is telling you something; carrying on makes the circle one more thing done to her.]],
    },
  },

  scene "circle_jordan" {
    title = "Jordan speaks",
    text = function(v)
      if v.minimised then
        return [[The stone goes to Jordan, and you ask him what happened that night.

Jordan: I asked her for the phone. The knife was just in my hand. I didn't point nothing at her.

Tomás: We've all seen the video.

The circle goes very quiet. Mrs. Mills looks at her hands. Ms. Daniels, waiting outside, has asked to be called if she is needed.]]
      end
      return [[The stone goes to Jordan, and you ask him what happened that night.

Jordan: I needed money. The guy I owed was outside my grandma's building every night. I saw her on her phone and I opened the knife. I told her to give it to me.

You ask what he has thought about since. He holds the stone and says nothing. Twenty seconds.

Mrs. Mills: Answer her! I didn't raise a thief. You shamed me in front of the whole church.

Jordan's jaw sets. He puts the stone on the floor.]]
    end,
    notes = [[Two hard moments: a supporter shaming the young person, and a young person going silent. The keeper acknowledges the grandmother's pain without endorsing the label, and puts the question again in plain words, with time. If Jordan is denying the knife, the circle cannot go on as a restorative meeting.]],
    questions = {
      "How do you acknowledge Mrs. Mills without agreeing with what she called him?",
      "How would you put 'who has been affected?' to a silent 19-year-old in your own words?",
    },
    choice { "Tell Jordan, calmly, that the circle only works if he answers, and that if he cannot, it ends and the case goes back to court today",
      id = "threaten-silence", to = "circle_ana",
      when = function(v) return not v.minimised end,
      violation = "coerced_accused",
      set = { jordan_shut_down = true },
      score = { voluntary = -3, respect = -2, accountability = -1 },
      feedback = [[Using court as a stick to make him talk is coercion inside the circle. Speaking must stay voluntary, and words forced out by a threat are not accountability.]],
    },
    choice { "Back Mrs. Mills up: tell Jordan that what he did is what thieves do",
      id = "keeper-shames", to = "circle_ana",
      when = function(v) return not v.minimised end,
      violation = "degrading_terms",
      set = { jordan_shut_down = true },
      score = { respect = -3, safety = -1, accountability = -1 },
      feedback = [[A keeper who joins in labelling the person has given up impartiality. The circle's promise, that it is about the act and not about who is good or bad, is broken by the person meant to keep it.]],
    },
    choice { "Acknowledge Mrs. Mills's hurt and promise her a turn; hand Jordan the stone again and ask, plainly, who has been affected by that night",
      id = "redirect-gently", to = "circle_ana",
      when = function(v) return not v.minimised end,
      score = { respect = 3, accountability = 2, safety = 1 },
      feedback = [[This keeps his grandmother in the circle and the focus on the act, not on what kind of person he is. A plain question and time to answer are what let a cornered young man actually think about who he hurt.]],
    },
    choice { "Call a break; with Ms. Daniels, check whether Jordan accepts what the video shows. When he does not, close the circle kindly, tell Ana's side why, and return the case to court with nothing said here used",
      id = "stop-on-denial", to = "returned-to-court",
      when = function(v) return v.minimised end,
      set = { return_reason = "denial" },
      score = { safety = 2, accountability = 1, due_process = 2, victim_voice = 1 },
      feedback = [[Correct, if late. A circle cannot go on while the central fact is denied. Stopping, explaining honestly to Ana's side and returning the case without penalty limits the harm; testing his account in preparation would have spared them this moment.]],
    },
    choice { "Press on: ask Ana's side to describe the knife to him",
      id = "press-on-denial", to = "reharmed",
      when = function(v) return v.minimised end,
      set = { harm_cause = "denial" },
      score = { safety = -3, victim_voice = -2, respect = -1 },
      feedback = [[Asking the people harmed to describe the knife to someone denying it puts their account on trial. A restorative circle needs agreement on the basic facts; without it, this is a cross-examination.]],
    },
  },

  scene "circle_ana" {
    title = "Ana's side",
    text = function(v)
      local t
      if v.jordan_shut_down then
        t = "Jordan does not answer. After a while he mutters \"sorry\" at the floor and says nothing more."
      else
        t = "Jordan: My grandma. Her. Anybody walking home on the Parkway, I guess. I didn't think about her as a person. I thought about the phone."
      end
      if v.surrogate then
        t = t .. [[


The stone goes to Ms. Cole. She reads Ana's letter: "You took eleven years of walking home without looking behind me." Then she speaks for herself: twelve years on, she still sits with her back to the wall.

Tomás takes the stone next.

Tomás: You want us to feel sorry for you? She pays for cabs because of you. I'm angry, and I'm allowed to be.]]
      else
        t = t .. [[


The stone goes to Ana.

Ana: I don't care about the man you owed. You put a knife in my face for a phone. I walked that street for eleven years. Now I pay for cabs I can't afford, and I still check behind me in my own hallway.

Tomás: She used to call our mother every night on the walk home. She stopped.]]
      end
      return t
    end,
    notes = [[Anger from the person harmed or her family is part of the process, not a disruption of it. The keeper lets it be heard, reflects it, and then asks what would put things right: the person harmed first, then the person who caused harm.]],
    choice { "Let the anger stand and reflect back what you heard; then ask Ana's side what would help put things right, and Jordan what he can do",
      id = "hear-anger", to = "agreement",
      score = { victim_voice = 3, respect = 2, accountability = 2 },
      feedback = [[Reflecting anger without arguing with it shows Ana's side they have been heard. Asking them first what they need, then Jordan what he can do, is the restorative order: repair shaped by the people harmed and owned by the person who caused it.]],
    },
    choice { "Remind Ana's side of the guidelines everyone agreed, and ask them to keep it calm so Jordan can stay in the circle and the conversation can stay productive",
      id = "calm-down", to = "agreement",
      score = { victim_voice = -2, respect = -2 },
      feedback = [[Their anger threatens no one; it is the truth about what the robbery did. Asking them to tone it down tells the people harmed that their feelings are the problem.]],
    },
    choice { "Move straight to the terms to spare everyone more pain",
      id = "skip-to-terms", to = "agreement",
      score = { accountability = -2, victim_voice = -2, safety = 1 },
      feedback = [[It lowers the temperature, but Jordan never has to answer what he has just heard, and Ana's side is never asked what they need. The agreement will be written without the conversation that should shape it.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 7. The agreement
  ---------------------------------------------------------------------------
  scene "agreement" {
    title = "What would make it right",
    text = function(v)
      local t = "Ana's side wants her losses repaid: $780 for the phone, $320 in cab fares so far, $260 in missed shifts. She wants Jordan off her block, and a written answer to one question: would he have used the knife?"
      if v.jordan_shut_down then
        t = t .. "\n\nJordan says he'll do whatever they say."
      else
        t = t .. "\n\nJordan says he can pay once he is working, and that he wants to answer her question himself."
      end
      return t .. [[


Coach Ellis has a job lead at a moving company. Mrs. Mills wants a 7 p.m. curfew for the whole programme. Tomás wants Jordan to post an apology video with his face and name.

Mr. Baptiste turns to you to draft the terms. The 15-month violence-intervention programme is already part of the offer.]]
    end,
    notes = [[Common Justice agreements can include restitution, community service, school and work, alongside a 12-15-month programme with staff monitoring. Good terms are specific (who, what, by when), sized to the harm and to what Jordan can actually do, and monitored. Ask what a public video would do to Ana, not only to Jordan.]],
    questions = {
      "Which of Ana's needs can an agreement meet, and which can it not?",
      "How would you say no to the video while still taking Tomás seriously?",
    },
    choice { "Write in what both families asked for, since they know him and were hurt by him: 400 hours of service, a public apology video with his face and name, and a 7 p.m. curfew for fifteen months",
      id = "degrading-terms", to = "month_seven",
      violation = "degrading_terms",
      set = { terms = "degrading" },
      score = { repair = -3, respect = -3, least_intrusive = -3, victim_voice = 1 },
      feedback = [[These terms answer the families' anger, not the harm. A public video shames Jordan and spreads the robbery, and Ana's story, further; a year-long curfew rules out the evening work that could pay her back. Obligations must be reasonable and proportionate.]],
    },
    choice { "Draft specific terms: $1,360 at $25 a week once he works; stay off Ana's block; a written answer within a month; 100 hours of service chosen with him; weekly check-ins; read it back",
      id = "specific-terms", to = "month_seven",
      set = { terms = "specific" },
      score = { repair = 3, accountability = 2, victim_voice = 2, voluntary = 1 },
      feedback = [[Each term answers something Ana named, says who does what by when, and can be checked. The payment is sized to a first job, the service is chosen with him so he can carry it, and reading it back lets everyone confirm they can live with it.]],
    },
    choice { "Keep it short: \"Jordan will complete the programme and pay what he can.\"",
      id = "vague-terms", to = "month_seven",
      set = { terms = "vague" },
      score = { repair = -3, accountability = -2, victim_voice = -1, least_intrusive = 1 },
      feedback = [[Light-touch, but nothing in it can be done, checked or completed. Ana's losses, her block and her question go unanswered, and Jordan gets no clear way to show he has put it right.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 8. Monitoring
  ---------------------------------------------------------------------------
  scene "month_seven" {
    title = "Month seven",
    text = function(v)
      local t
      if v.terms == "degrading" then
        t = [[The curfew cost Jordan the moving-company job, which was evening work; he has paid $150. The apology video went up in month one. Comments under it guessed which block Ana lives on, and Tomás has asked Ms. Ocampo to get it taken down.

Jordan has also missed two group sessions while his grandmother was in hospital. Detective Harlan wants him violated for breaking the curfew twice.]]
      elseif v.terms == "vague" then
        t = [[Common Justice staff have nothing to check. Jordan attends most group sessions but has paid nothing; he says nobody told him how much or when. He missed two sessions while his grandmother was in hospital.

Ana has asked Ms. Ocampo twice whether any money is coming. She is still taking cabs.]]
      else
        t = [[Jordan has paid $550 so far, every week since he started at the moving company. He wrote to Ana in week four; Ms. Ocampo says she read it twice. He has done 60 service hours.

Then Common Justice reports he has missed two of the last three weekly group sessions. His grandmother was in hospital for a week, and the company moved him to evening jobs that clash with the group. He told staff after the second absence, not before.

Detective Harlan: He's slipping. Violate him and put the case back on.]]
      end
      if v.overpromised then
        t = t .. "\n\nAna asks Ms. Ocampo: \"You said one slip and he goes to prison. Is that true?\""
      end
      return t
    end,
    notes = [[Monitoring exists to keep the agreement working, not to catch people out. A missed session driven by hardship is a reason to adjust the plan with everyone's agreement. Treating a stumble as a reason for a harsher outcome punishes participation and teaches the next person's lawyer to keep them away.]],
    questions = {
      "What would you want to know before deciding anything about the missed sessions?",
      "Who should have a say in changing the plan?",
    },
    choice { "Restore the case to the calendar and ask for the full prison term, pointing to the absences and to what he admitted in the circle",
      id = "revoke-harsher", to = "returned-harsher",
      when = function(v) return v.terms == "specific" end,
      violation = "punished_after_agreement",
      score = { least_intrusive = -3, due_process = -3, respect = -1 },
      feedback = [[Two missed sessions during a family emergency, with every payment made, is not a failed agreement. Seeking the full term, and using what he said in the circle to get it, punishes him for taking part and breaks the promise that nothing said there would be used against him.]],
    },
    choice { "Leave it for now; if he misses more, deal with it then",
      id = "let-it-slide", to = "completion",
      when = function(v) return v.terms == "specific" end,
      set = { slid = true },
      score = { accountability = -1, victim_voice = -1, repair = -1 },
      feedback = [[Doing nothing is not the light touch it looks like. The clash with his shifts will not fix itself, Jordan learns that the check-ins do not matter, and Ana is not told anything.]],
    },
    choice { "Have Common Justice find out what happened; move him to a group that fits his shifts, keep the payments going, and record the change with his and Ana's agreement",
      id = "adjust-plan", to = "completion",
      when = function(v) return v.terms == "specific" end,
      score = { repair = 3, least_intrusive = 2, accountability = 1, victim_voice = 1 },
      feedback = [[Find out first, then fix the cause: the clash with his shifts. Changing the plan with Ana's agreement keeps her in the process, and keeping the payments on track keeps the repair real. Follow-up exists for exactly this kind of month.]],
    },
    choice { "With everyone's agreement, reconvene and replace the curfew and the video with specific terms: the video taken down, no contact, the $1,360 at a pace he can keep, a group that fits his work",
      id = "revise-degrading", to = "completion",
      when = function(v) return v.terms == "degrading" end,
      set = { terms = "revised" },
      score = { repair = 2, respect = 2, victim_voice = 1, accountability = 1 },
      feedback = [[Good recovery. The public and curfew terms were harming the person they were meant to serve and blocking the repair. Revising them with everyone's agreement makes the agreement about putting things right again.]],
    },
    choice { "Hold him to the signed terms: restore the case and ask for prison for the curfew breaches",
      id = "hold-to-terms", to = "returned-harsher",
      when = function(v) return v.terms == "degrading" end,
      violation = "punished_after_agreement",
      score = { least_intrusive = -3, due_process = -2, respect = -2 },
      feedback = [[The terms were out of proportion from the start, and they are now hurting Ana too. Sending Jordan to prison for breaking a curfew that cost him the job paying her back punishes him for an agreement that should never have been written.]],
    },
    choice { "With everyone's agreement, meet briefly to turn it into specific terms: $1,360 at $25 a week, stay off her block, the written answer, weekly check-ins",
      id = "revise-vague", to = "completion",
      when = function(v) return v.terms == "vague" end,
      set = { terms = "revised" },
      score = { repair = 2, accountability = 2, victim_voice = 1 },
      feedback = [[Good recovery. Specific terms give Jordan a way to put things right and give staff something to monitor; Ana finally hears when her money will come.]],
    },
    choice { "Leave it: if he finishes the programme, dismiss",
      id = "leave-vague", to = "hollow",
      when = function(v) return v.terms == "vague" end,
      score = { repair = -2, victim_voice = -2, accountability = -2 },
      feedback = [[Attending groups is part of the programme, but it is not repair. Ana is asking about her money and the answer is nothing; the case will close without Jordan ever being asked to put right what he took from her.]],
    },
  },

  scene "completion" {
    title = "Month fifteen",
    text = function(v)
      local t = "Mr. Baptiste's closing report: Jordan has finished the programme, the service hours and the restitution."
      if v.slid then
        t = t .. " He missed three more sessions before staff noticed the clash with his shifts, and spent the last two months making them up."
      end
      if v.terms == "revised" then
        t = t .. " The revised terms took him longer, but every one is done."
      end
      return t .. [[ He works full-time now.

Ana sent a message through Ms. Ocampo: she has his letter, and on light evenings she walks home from the subway again.

Detective Harlan calls.

Detective Harlan: Keep his case open. He knows who buys phones on Fulton Street. Hold the felony over him until he talks.

The agreement says completion means the felony is dismissed and no jail or prison.]]
    end,
    notes = [[Completion is the point at which the office keeps its side. Holding the charge over Jordan for something outside the agreement, or adding conditions now, would make completion meaningless, and every defence lawyer would hear about it.]],
    questions = {
      "What can Detective Harlan legitimately do instead?",
    },
    choice { "Keep the promise: move to dismiss, send closing letters to Ms. Daniels and to Ana, and tell Harlan the case is closed",
      id = "dismiss-on-completion", to = "completed",
      score = { due_process = 3, repair = 2, voluntary = 1 },
      feedback = [[This is the programme's promise kept. Jordan did what he agreed to; dismissal is not a favour but the outcome he was told he would get. A closing letter marks the end for Ana as well.]],
    },
    choice { "Hold off dismissing until Jordan talks to Detective Harlan",
      id = "hold-for-cooperation", to = "promise-broken",
      violation = "punished_after_agreement",
      set = { breach = "hold" },
      score = { due_process = -3, voluntary = -3, respect = -2 },
      feedback = [[Cooperation was never part of the agreement. Keeping a felony alive after completion to extract information punishes Jordan for something he never agreed to do and breaks the office's word.]],
    },
    choice { "Dismiss the felony as agreed, but ask the court for a year's probation on top, so someone is still checking on him while the man he owed is around",
      id = "add-probation", to = "promise-broken",
      violation = "punished_after_agreement",
      set = { breach = "probation" },
      score = { least_intrusive = -3, due_process = -2 },
      feedback = [[Adding a sanction after the agreement is completed changes the bargain once Jordan can no longer say no. Completion means what the agreement said it means.]],
    },
  },

  ---------------------------------------------------------------------------
  -- Endings
  ---------------------------------------------------------------------------
  ending "completed" {
    title = "No prison, felony dismissed",
    text = function(v)
      local t = "The court dismisses the felony against Jordan Mills. He serves no jail or prison time."
      if v.surrogate then
        t = t .. "\n\nMs. Cole gives Ms. Ocampo the last of Jordan's answers to take back to Ana. Ana keeps his letter, in which he wrote that he does not know whether he would have used the knife, and that not knowing scares him."
      else
        t = t .. "\n\nAna keeps his letter, in which he wrote that he does not know whether he would have used the knife, and that not knowing scares him. She told Ms. Ocampo it was the first honest thing anyone said to her about that night."
      end
      t = t .. "\n\nThe $1,360 is repaid. Common Justice staff helped Jordan make a safety plan for the debt; he has not been approached since."
      if v.overpromised then
        t = t .. " Ana still wonders why she was told one slip meant prison."
      end
      return t
    end,
    outcome = {
      victim = "Ana chose this path freely, got her losses repaid and her question answered, kept her services, and walks home again on light evenings.",
      accused = "Jordan kept every term, works full time and has no felony conviction; nothing he said in the process was used against him.",
      community = "A serious violent felony was answered with accountability, repair and violence intervention instead of a prison term, and the office kept its word, so the next harmed party and defence lawyer can trust the offer.",
    },
    debrief = [[This is what Common Justice is designed to do for a serious violent felony: a case the office would otherwise send to prison; a choice put to the harmed person neutrally, with services either way; an admission only after counsel's advice; preparation until the person who caused harm owns the facts; a circle that hears anger without shaming; specific, proportionate terms; follow-up that adjusts to a hard month; and a dismissal that is honoured. Notice where it was hard: answering Ana honestly, turning down Detective Harlan's shortcuts, and fixing the missed sessions instead of punishing them.]],
  },

  ending "prosecuted" {
    title = "Prosecuted, with support",
    text = function(v)
      local t = "Your office indicts Jordan on the original charge. Ana's advocate stays with her through the case: counselling, a compensation claim for the phone and lost shifts, and a safety plan for the walk home."
      if v.harsh_ask then
        t = t .. "\n\nYou ask for the top of the range. Ms. Daniels tells the judge that Jordan never refused anything, and asks why the office now wants more than it would have asked for at the start. The judge imposes your bureau's usual term."
      else
        t = t .. "\n\nJordan takes your bureau's usual offer and is sentenced to state prison. The court orders restitution. Ana is told of every hearing in advance and does not have to testify."
      end
      if v.defence_told then
        t = t .. " Jordan's grandmother tells her church the victim \"chose prison\"; Ms. Ocampo helps Ana deal with the gossip."
      end
      return t
    end,
    outcome = {
      victim = "Ana's no was respected, and she kept services, restitution and regular news of her case, though without the answers a circle might have given her.",
      accused = "Jordan goes to prison on the ordinary terms for the offence, neither favoured nor punished because Ana declined.",
      community = "The case is decided without delay and the consent rule holds, so future harmed parties can trust that saying no carries no cost.",
    },
    debrief = [[Consent is the gate. When the person harmed says no, the case returns to the ordinary process promptly, no weaker and no harsher, and help continues whatever she decided: Common Justice offers services to harmed parties either way. Restitution can still be sought in court. If you told the defence before Ana was asked, notice how that turned her private choice into a public one.]],
  },

  ending "case-dropped" {
    title = "Cut down to nothing",
    text = [[Jordan pleads to a misdemeanour and is released with time served. Ana learns of it from a letter. There is no restitution order.

Ana tells Ms. Ocampo she wishes she had said yes, because it seems saying no meant nobody cared.]],
    outcome = {
      victim = "Ana's no to a circle was treated as a no to justice; her losses are unpaid and her fear unanswered.",
      accused = "Jordan walks away from a knife robbery with a misdemeanour and no obligation to repair anything.",
      community = "Harmed parties learn that declining the programme makes the case disappear, which is the very pressure the consent rule exists to prevent.",
    },
    debrief = [[Declining a restorative process is not declining justice. When the person harmed says no, the case goes on at the level the evidence supports. Cutting it down because the alternative closed penalises the victim for using her right to refuse, and leaves the harm unrepaired.]],
  },

  ending "case-in-limbo" {
    title = "Nobody decides",
    text = [[The case is adjourned, then adjourned again. Ana hears nothing for two months and stops answering calls from your office. Jordan lives with an open felony and cannot get a job that runs a background check. When Ms. Daniels finally demands a decision, the repair-shop owner has moved away.]],
    outcome = {
      victim = "Ana waits months without news; her clear answer counted for nothing.",
      accused = "Jordan lives with an open felony and no decision either way.",
      community = "A case that could have gone on promptly drifts while the evidence weakens.",
    },
    debrief = [[A case that cannot go to a restorative process goes back to the ordinary process without delay, and everyone is told. Waiting "in case" the person harmed changes her mind pressures her and leaves both sides in limbo.]],
  },

  ending "prison-no-voice" {
    title = "The ordinary track",
    text = [[Jordan is indicted and, advised that a trial risks a long sentence, takes your bureau's usual offer of state prison. Ana receives a leaflet about victim services and a letter telling her the case is closed.

She still takes cabs home. She never learns that another option existed, and nobody asks her what she needed.]],
    outcome = {
      victim = "Ana gets a conviction but no say, no answers and no repair; she found out about the result from a letter.",
      accused = "Jordan serves a prison term and never hears from Ana what that night did to her.",
      community = "The law was applied, but a case the alternative was built for went to prison without the person harmed ever being asked.",
    },
    debrief = [[Prosecuting was lawful, and some harmed people want exactly this. The point is that Ana was never asked. Common Justice exists for serious violent felonies like this one, and whether to try it is first of all the harmed person's choice. Putting that choice to her neutrally, and respecting either answer, would have cost little.]],
  },

  ending "consent-broken" {
    title = "A yes that wasn't",
    text = [[The offer goes to the defence. Two weeks later Ana tells Ms. Ocampo she will not come to any meeting: she only said "fine" to end the call. Common Justice returns the referral. Jordan, who had started preparing, is back on the calendar, and the case has lost a month.

Ana files a complaint about the call.]],
    outcome = {
      victim = "Ana was pressured after a clear refusal, and now distrusts the office that is prosecuting her case.",
      accused = "Jordan was offered something that was never really available, and lost a month waiting for it.",
      community = "The programme's most important rule was bent, and its reputation with harmed parties suffers.",
    },
    debrief = [[A no is a complete answer. Asking again, and then taking a "fine" given to end the conversation, is not consent; Common Justice goes ahead only if the harmed party freely agrees. Pressing her also made Ana responsible for Jordan's future, which was never her burden.]],
  },

  ending "trust-broken" {
    title = "Trust broken",
    text = function(v)
      if v.breach == "statement" then
        return [[Ms. Daniels moves to suppress the recording and advises Jordan to decline the programme. Weeks go to the fight over the statement. Ana, who had said yes and prepared herself, is told the circle will not happen and that she may have to testify.]]
      end
      return [[Ms. Daniels advises Jordan to decline the programme, and Common Justice will not take a participant pushed into it. The case goes to trial. Ana, who had said yes and prepared herself, is told the circle will not happen and that she may have to testify.]]
    end,
    outcome = {
      victim = "Ana said yes, prepared for a circle, and lost it for reasons she had no part in; now she may face a trial.",
      accused = "Jordan faces trial instead of the programme, and his family has learned to distrust the office's offers.",
      community = "Word travels among defence lawyers that the office's offers come with strings, and fewer people are advised to take part.",
    },
    debrief = [[The alternative works only if the person who caused harm chooses it freely and knowingly: an admission only after counsel has advised him, no deadline backed by a heavier charge, and preparation rather than threats to reach acknowledgement. Each shortcut saves a little time and costs the whole case, and the person harmed pays for it too.]],
  },

  ending "returned-to-court" {
    title = "Back to court, no harsher",
    text = function(v)
      if v.return_reason == "denial" then
        return [[You close the circle gently. Ana's side is told plainly that Jordan could not accept what the video shows, and that this is why it stopped. The case returns to the calendar on the original charge; nothing said in preparation or the circle goes into the file, and Ana keeps her advocate and her services.]]
      end
      return [[In a side room, with Ms. Ocampo, Ana says quietly that she does not want to be there. You thank everyone and tell Jordan and his grandmother that the case returns to court, no harsher, with nothing said today used. Ana leaves with Ms. Ocampo's number and a safety plan. It should have been her answer weeks ago.]]
    end,
    outcome = {
      victim = "Ana is told honestly why the process ended, keeps her support, and sees the case go on.",
      accused = "Jordan faces the original charge, no worse off than if the programme had never been tried.",
      community = "The programme's rules hold even when a case fails, so harmed parties and defence lawyers can keep trusting it.",
    },
    debrief = [[Not every restorative case reaches an agreement. When the person harmed withdraws, or the person who caused harm cannot accept the basic facts, the case returns to the ordinary process without delay and without a penalty. The mistake that led here came earlier: a pressured yes, or a denial that preparation should have tested.]],
  },

  ending "reharmed" {
    title = "Ana is hurt again",
    text = function(v)
      local t
      if v.harm_cause == "denial" then
        t = "Tomás describes the knife. Jordan shakes his head: \"I never pointed it.\" Tomás stands up, shouting; Mr. Baptiste ends the circle. Ana tells Ms. Ocampo the circle was worse than the street, because this time officials watched him deny it."
      else
        t = "Ana never speaks. When Mr. Baptiste passes her the stone, she holds it and cries, and Tomás, who came late, takes her out. Jordan's grandmother apologises to the empty chair."
      end
      return t .. "\n\nCommon Justice closes the referral. Whatever the court now does, the damage of that afternoon is done."
    end,
    outcome = {
      victim = "Ana is harmed again by a process meant to help her, and trusts the justice system less than before.",
      accused = "Jordan leaves without having repaired anything, and his case goes back to court with a failed circle behind it.",
      community = "The programme's reputation with harmed parties suffers, and the next person offered the choice is more likely to refuse.",
    },
    debrief = [[Restorative processes can hurt the people they are meant to help when safeguards slip: a yes given under pressure, or a circle held while the central fact is denied. Both were visible beforehand. The keeper's job is to stop and change course, up to ending the process, when the person harmed is at risk of being hurt again.]],
  },

  ending "returned-harsher" {
    title = "Punished for trying",
    text = function(v)
      if v.terms == "degrading" then
        return [[You restore the case and ask for prison over the curfew breaches. Ms. Daniels shows the court that the curfew cost Jordan the job that was paying Ana back, and that the video was hurting Ana. The judge asks why the office is seeking more than it would have sought at the start. Ana's restitution stops at $150.]]
      end
      return [[You restore the case and ask for the full term, citing his absences and what he said in the circle. Ms. Daniels objects that the offer promised nothing said there would be used; the judge agrees and strikes it. Jordan had paid $550 of Ana's $1,360; the payments stop. Ana tells Ms. Ocampo she never asked for this.]]
    end,
    outcome = {
      victim = "Ana's repair stops part-way, and an outcome she never asked for is pursued in her name.",
      accused = "Jordan is treated more harshly for having tried the programme than if he had gone straight to court.",
      community = "People facing serious charges, and their lawyers, learn that entering the programme is a risk, and fewer take it.",
    },
    debrief = [[A stumble during monitoring, especially one driven by hardship, is a reason to find out what happened and adjust the plan, not a new offence. Seeking a harsher outcome because someone tried and fell short, or using what they said in the circle, punishes participation and breaks the bargain the programme rests on.]],
  },

  ending "promise-broken" {
    title = "Promise broken",
    text = function(v)
      if v.breach == "hold" then
        return [[You keep the felony open. Ms. Daniels moves to dismiss, showing every term performed; the judge asks your office why it will not keep its word. Jordan, who did everything asked of him, is back in court. Ana hears about it from Ms. Ocampo and asks what her agreement was worth.]]
      end
      return [[The felony is dismissed, but the court, at your request, adds a year's probation. Ms. Daniels appeals, and the extra condition is struck months later. Jordan, who did everything asked of him, spends those months reporting to a probation officer. Ana asks Ms. Ocampo what her agreement was worth.]]
    end,
    outcome = {
      victim = "The agreement Ana helped shape is treated as negotiable, and her sense that it meant something is undermined.",
      accused = "Jordan kept his side and the office did not; he faces new jeopardy after completing every term.",
      community = "Defence lawyers and harmed parties learn that the office's completion promises can be bargained away, and the programme loses the trust it depends on.",
    },
    debrief = [[Completion has to mean what the agreement said: the felony dismissed and no jail or prison. Holding the charge to extract cooperation, or adding a sanction once the agreement is kept, punishes the person who did everything asked of him and teaches every defence lawyer to keep clients away from the next offer.]],
  },

  ending "hollow" {
    title = "Dismissed, with nothing repaired",
    text = [[Jordan finishes the groups and the felony is dismissed. He never paid Ana anything; nobody told him how much or when. He never answered her question.

Ana tells Ms. Ocampo she does not understand what she said yes to.]],
    outcome = {
      victim = "Ana took part, but her losses, her question and her block were left exactly where they were.",
      accused = "Jordan avoided prison and a felony, but was never asked to put right what he took.",
      community = "To Ana and those around her, the alternative looks like a way of letting a robber off.",
    },
    debrief = [[An agreement is only as good as its terms. "Pay what he can" has no amount, no schedule and nothing to monitor. Common Justice pairs the violence-intervention programme with concrete repair because accountability is something done, not only attended. Vague terms fail the accused too: Jordan never got a clear way to show he had made things right.]],
  },
}
