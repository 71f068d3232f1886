-- The Metro Platform: a prosecutor scenario modelled on the Washington D.C. Office of the
-- Attorney General Restorative Justice Program (youth, pre-trial). Premise 2 in
-- shared/reference/restorative-practice.md B.7; programme rules from seed 000 and B.5.
-- One accused youth (Dante); the second boy's case is on a separate track.

return scenario {
  id = "dc-youth-metro",
  version = 1,
  title = "The Metro Platform",
  role = "prosecutor",
  summary = [[Two 15-year-olds assault a 14-year-old girl on a Metro platform. As the prosecutor, you decide whether one boy's case goes to your office's restorative justice programme, and then you have to keep its promises: legal advice before any admission, the free consent of the girl and her mother, confidential statements, a fair agreement and six months of follow-up.]],
  minutes = 25,
  modelled_on = "Washington D.C. Office of the Attorney General Restorative Justice Program (youth, pre-trial)",
  speakers = { "Ms. Okafor", "Grace", "Ada", "Dante", "Mr. Wells", "Ms. Alvarez", "Mr. Tran", "Officer Price" },
  figures = {
    {
      text = "Across 10 randomised trials with 1,880 consenting offenders, restorative conferences brought a modest but highly cost-effective fall in how often people were reconvicted over two years. In the seven UK trials the benefits were 3.7 to 8.1 times the cost. Only people who consented took part.",
      source = "Sherman, Strang, Mayo-Wilson, Woods & Ariel (2015), Campbell systematic review, Journal of Quantitative Criminology",
    },
    {
      text = "In London trials with 192 burglary and robbery victims, those assigned to a conference had 49% fewer cases of clinical-level post-traumatic stress symptoms about a month later.",
      source = "Angel et al. (2014), London randomised trials of restorative justice conferences",
    },
    {
      text = "In Canberra's RISE experiments, conferences significantly lowered violent reoffending among young violent offenders, though not for property crime; victims and offenders rated conferences fairer than court.",
      source = "Canberra Reintegrative Shaming Experiments (RISE); rated 'Promising' by CrimeSolutions (U.S. Office of Justice Programs)",
    },
  },

  vars = {
    net_widened = false,       -- Andre was referred although no charge applied to him
    counsel_advised = false,   -- defence counsel has advised Dante before any admission
    breach = "none",           -- "statement" | "threat" | "notes" | "recharge"
    consent_pressured = false, -- a "yes" was taken under pressure
    overpromised = false,      -- the family was promised punishment to win their consent
    court_reason = "none",     -- "declined" | "withdrew" | "cancelled"
    immunity = false,          -- written non-use and confidentiality terms were given
    minimised = false,         -- Dante's minimised account was accepted
    guardian_absent = false,   -- Dante was prepared without his father
    coach_absent = false,      -- Dante's coach did not come to the conference
    harm_cause = "none",       -- "threat" | "pressured" | "denial" | "assembly"
    dante_shut_down = false,   -- Dante stopped talking after being shamed or threatened
    terms = "none",            -- "specific" | "degrading" | "vague" | "revised"
    extra_conditions = false,  -- a curfew and school reports were added at month three
    closing = "none",          -- "on_time" | "extended" | "waived"
    limbo_reason = "none",     -- "held_open" | "lapsed"
    return_reason = "none",    -- "denial" | "stopped"
    harsher_from = "none",     -- "short" | "stopped"
    harsh_ask = false,         -- after a refusal, a stricter outcome was sought in court
  },

  start = "intake",

  ---------------------------------------------------------------------------
  -- 1. Eligibility
  ---------------------------------------------------------------------------
  scene "intake" {
    title = "Monday, 9:10 a.m., juvenile section",
    text = [[You are an Assistant Attorney General in the juvenile section of the D.C. Office of the Attorney General. A Metro Transit Police file is on your desk.

Last Thursday at 3:40 p.m., on the Red Line platform at Gallery Place, two 15-year-olds, Dante Wells and Kevin Brooks, surrounded Grace Okafor, 14. Platform cameras show Dante punching her once in the face and shoving her against a bench. She has a split lip and a chipped front tooth; her phone screen cracked when she fell. Two adult riders gave statements. Kevin has his own lawyer and his case is on a separate track.

Dante has no record. He and Grace go to different schools and have never dated. There was no weapon.

A 16-year-old, Andre, filmed it and posted the clip, which has spread around Grace's school. The arresting officer, Officer Price, notes that no charge applies to Andre.

Your office's Restorative Justice Program is one option.]],
    notes = [[The eligibility decision. The D.C. programme takes a case only if a prosecutor would charge it, and excludes sex offences, gun offences, homicide and intimate-partner violence. Ask the room which facts in the file settle each question, and why it matters that no charge applies to Andre.]],
    questions = {
      "What would you need to see before you would file a petition here?",
      "Who could a restorative referral pull into the system who would otherwise never be in it?",
    },
    choice { "Refer Dante, and refer Andre too so he learns what his video did",
      id = "refer-andre-too", to = "defence_call",
      violation = "net_widening",
      set = { net_widened = true },
      score = { least_intrusive = -3, due_process = -2, accountability = 1 },
      feedback = [[The video does hurt Grace, and wanting Andre to face that is understandable. But no charge applies to him. Referring someone the system would otherwise leave alone is net-widening: it opens a justice file on a 16-year-old for something no prosecutor would take to court. Diversion is for cases that would otherwise be charged.]],
    },
    choice { "Confirm you would file a petition on this evidence, check the programme's exclusions, then refer Dante's case to the programme",
      id = "check-eligibility", to = "defence_call",
      score = { due_process = 2, least_intrusive = 2, safety = 1 },
      feedback = [[Good. The programme is for cases a prosecutor would actually charge, and the footage, two witnesses and the injuries make this one. Checking the exclusions (no weapon, no sexual offence, no dating relationship) is the first safety screen. Referring before trial is the least intrusive route that still holds Dante to account.]],
    },
    choice { "File the petition and send it to court: an assault with an injury is too serious for the programme",
      id = "straight-to-court", to = "court-not-offered",
      score = { due_process = 1, victim_voice = -2, least_intrusive = -2, accountability = -1 },
      feedback = [[Filing is lawful, and the evidence supports it. But violence alone does not exclude a case from the D.C. programme, and Grace was never asked. She loses the chance to ask her questions and shape the repair; Dante goes through court without ever hearing from her what the punch did.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 2. Counsel before any admission
  ---------------------------------------------------------------------------
  scene "defence_call" {
    title = "Tuesday, 11:30 a.m.",
    text = function(v)
      local t = [[The file goes to Mr. Tran, one of the programme's restorative justice specialists. Before he can contact anyone, two calls come in.

Officer Price: The boy's father rang me. Dante wants to say he did it and say sorry. I can take a recorded statement this afternoon and that part's done.

Then Dante's court-appointed lawyer, Ms. Alvarez, who has not yet sat down with her client properly.

Ms. Alvarez: I hear you're looking at the restorative programme. I need the terms, and I need to meet Dante and his father before he says anything to anyone about what happened.

Your supervisor wants the referral settled by Friday.]]
      if v.net_widened then
        t = t .. "\n\nAndre's mother has also called, asking why her son has a letter from your office."
      end
      return t
    end,
    notes = [[In D.C., an admission comes only after defence counsel has explained its consequences. A 15-year-old's eagerness to "just say sorry" is exactly when that advice matters most: the admission is the price of entry and it has legal weight.]],
    questions = {
      "Why is a young person's wish to confess not enough on its own?",
      "What does a deadline do to how voluntary an admission is?",
    },
    choice { "Tell Ms. Alvarez the offer stands only if Dante admits by Friday; otherwise you will add a robbery count for the phone",
      id = "deadline-threat", to = "counsel_objects",
      violation = "coerced_accused",
      set = { breach = "threat" },
      score = { voluntary = -3, due_process = -2, least_intrusive = -2 },
      feedback = [[Threatening a heavier charge to force an admission is coercion. Taking part has to be a free choice, and refusing must not make things worse for the accused. A charge used as a lever, rather than because the evidence supports it, also abuses your discretion.]],
    },
    choice { "Let Officer Price take the recorded statement now; Ms. Alvarez can review it afterwards",
      id = "record-now", to = "recorded_statement",
      violation = "admission_before_counsel",
      set = { breach = "statement" },
      score = { due_process = -3, voluntary = -2, accountability = 1 },
      feedback = [[Dante saying he did it looks like accountability, but an admission taken before his lawyer has explained its consequences breaks the programme's first rule. A 15-year-old cannot weigh alone what a recorded confession means for his case. Review afterwards does not undo it.]],
    },
    choice { "Tell Officer Price to take no statement; send Ms. Alvarez the programme terms and give her time to advise Dante and his father",
      id = "wait-for-counsel", to = "victim_approach",
      set = { counsel_advised = true },
      score = { due_process = 3, voluntary = 2 },
      feedback = [[Right. The D.C. programme requires that any admission come after counsel has explained what it means. Giving Ms. Alvarez time, and keeping the police out of it, protects Dante's rights and makes any later admission one he chose knowingly. It costs a few days against your supervisor's deadline.]],
    },
  },

  scene "recorded_statement" {
    title = "Tuesday evening",
    text = [[Officer Price's recording, made that afternoon, is twelve minutes long. Dante, alone with the officer while his father parked the car, says he hit Grace and that he is sorry.

Ms. Alvarez calls you that evening.

Ms. Alvarez: My fifteen-year-old client was recorded admitting an assault before he had spoken to me. I will move to suppress it. And right now I cannot tell him your programme is safe to trust.

Mr. Tran has not yet contacted Grace's family. The footage and the witness statements are unaffected.]],
    choice { "Put in writing that the recording will not be used for anything, apologise, and ask Ms. Alvarez to advise Dante properly before he decides",
      id = "repair-recording", to = { { 0.6, "victim_approach" }, { 0.4, "trust-broken" } },
      set = { counsel_advised = true },
      score = { due_process = 1, voluntary = 1 },
      feedback = [[The best repair available: own the mistake openly, take the recording off the table and let counsel do her job. It may not be enough. A family that feels tricked can reasonably walk away, and then the case goes to court.]],
    },
    choice { "Keep the recording: it is an honest admission and the file is stronger with it",
      id = "keep-recording", to = "trust-broken",
      score = { due_process = -3, voluntary = -2, least_intrusive = -1 },
      feedback = [[Relying on an admission taken without counsel compounds the first breach. The evidence was already strong without it, so the recording adds little to your case and costs the trust that the programme depends on.]],
    },
  },

  scene "counsel_objects" {
    title = "Wednesday, 10:00 a.m.",
    text = [[Ms. Alvarez: A robbery count for a phone that fell out of her hand? You know the footage doesn't show anyone taking it. If the price of the programme is an admission by Friday under threat of a charge you can't prove, my advice to Dante will be to say nothing and go to trial.

She is right about the footage: the phone fell when Grace was shoved. Nobody took it.

Mr. Tran, copied on the emails, asks you quietly whether he should still call Grace's family.]],
    choice { "Withdraw the threat in writing, apologise, and give Ms. Alvarez the time she needs to advise Dante and his father",
      id = "withdraw-threat", to = "victim_approach",
      set = { counsel_advised = true },
      score = { voluntary = 1, due_process = 1 },
      feedback = [[Withdrawing the threat openly restores a free choice for Dante and puts the charge back where the evidence puts it. It does not erase the first call, but it lets the programme go ahead on fair terms.]],
    },
    choice { "Hold your position: a deadline and a heavier charge are how you get cooperation",
      id = "hold-threat", to = "trust-broken",
      score = { voluntary = -3, due_process = -2, least_intrusive = -2, victim_voice = -1 },
      feedback = [[Holding the threat turns a voluntary programme into a plea bargain under pressure. Counsel will advise against it, the unsupported count will fail, and Grace is left with a contested trial she never chose.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 3. The victim's and her mother's consent
  ---------------------------------------------------------------------------
  scene "victim_approach" {
    title = "The following week",
    text = function(v)
      local t = "Ms. Alvarez confirms that she is advising Dante and his father and that Dante is considering the programme. Nothing is signed yet."
      if v.breach == "threat" then
        t = t .. " She has filed your withdrawal of the robbery threat with her notes."
      elseif v.breach == "statement" then
        t = t .. " She has your written promise about the recording and says Dante's father is still uneasy."
      end
      return t .. [[


The programme also needs Grace's permission and, because she is 14, her mother's. Grace lives with her mother, Ngozi Okafor, a nurse on night shifts. Ms. Hill, the victim services specialist, spoke to Ms. Okafor once about the dental bills.

Ms. Hill's notes say Ms. Okafor is angry that nobody has told her anything in ten days. Grace has not ridden the Metro since the assault; her mother drives her to school.

Mr. Tran asks how you want the family approached.]]
    end,
    notes = [[Consent is the gate. In D.C. the victim, and for a minor a parent, must give permission. A "yes" given to please an official, or to rescue the young person who caused harm, is not free consent. Services are offered whatever the family decides.]],
    questions = {
      "How would you explain the options without selling any of them?",
      "What should Grace hear about what happens if she says no?",
    },
    choice { "Have Mr. Tran and Ms. Hill meet Grace and her mother on their terms, lay out every option evenly, and make clear that no is a full answer",
      id = "approach-neutrally", to = { { 0.7, "victim_considers" }, { 0.3, "victim_declines" } },
      score = { voluntary = 3, victim_voice = 3, safety = 1 },
      feedback = [[This is how consent should be sought: in person, on the family's terms, with every option laid out evenly and a clear message that refusing costs Grace nothing. Meeting Grace herself, not only her mother, matters: she is the one who was harmed. Whatever they decide is now a real decision.]],
    },
    choice { "Call Ms. Okafor yourself between shifts, tell her the programme is the best outcome for everyone, and ask for an answer today",
      id = "call-for-answer", to = "victim_pressured",
      score = { voluntary = -2, victim_voice = -2 },
      feedback = [[A prosecutor calling to recommend one route, with a same-day deadline, is pressure however kindly meant. It also skips Grace: her mother's permission is needed, but so is Grace's own informed choice.]],
    },
    choice { "Send Ms. Okafor a letter with a conference date already set and a number to call if it does not suit",
      id = "letter-with-date", to = "victim_pressured",
      score = { voluntary = -2, victim_voice = -2, respect = -1 },
      feedback = [[A letter with the date already set presumes the answer. It treats the family's silence as agreement and leaves Grace to find out about a meeting with the boy who hit her from an envelope.]],
    },
  },

  scene "victim_pressured" {
    title = "A reluctant yes",
    text = [[Ms. Okafor's answer comes the same day.

Ms. Okafor: If you people think it's best, fine. I don't have the energy to argue with the government as well.

In the background Grace asks who it is. Her mother says it's about the boy. Grace does not come to the phone.

Nobody has met Grace. Nobody has asked her what she wants, or told her she can say no, bring people with her, or send questions in writing instead of meeting.]],
    choice { "Take it as a yes and ask Mr. Tran to schedule the conference",
      id = "take-reluctant-yes", to = "immunity",
      violation = "no_victim_consent",
      set = { consent_pressured = true },
      score = { voluntary = -3, victim_voice = -3, safety = -1 },
      feedback = [[A tired "fine" from a parent, with the young person harmed never consulted, is not free and informed consent. Convening on it breaks the programme's gate: Grace would walk into a room with the boy who hit her without ever having chosen to.]],
    },
    choice { "Step back: tell Ms. Okafor there is no need to decide now, and ask whether Mr. Tran and Ms. Hill can meet her and Grace properly",
      id = "step-back", to = { { 0.6, "victim_considers" }, { 0.4, "victim_declines" } },
      score = { voluntary = 2, victim_voice = 2, respect = 1 },
      feedback = [[Recognising a pressured yes and undoing it is the right call. Giving the family time, a proper meeting and a real option to refuse turns consent back into a choice, whichever way it goes.]],
    },
  },

  scene "victim_considers" {
    title = "Grace's questions",
    text = [[Mr. Tran and Ms. Hill meet Grace and her mother at the public library near their home. Grace keeps her jacket on the whole time.

Grace: Would I have to be in the same room as him? Is Kevin going to be there?

Grace: What if I say something and it comes out wrong? Can my cousin Ada come?

Ms. Okafor: And if she says no, does that boy just walk away?

Mr. Tran calls you from the car park. He thinks Grace is leaning towards yes but has not said it. He asks what he may tell them.]],
    notes = [[Informed consent means accurate answers, including the unwelcome ones. Nobody can promise what Dante will say or feel. Note that Ms. Okafor's question is about fairness to Grace, not only punishment.]],
    choice { "Reassure them that Dante will definitely apologise and be properly punished, so it will be worth it",
      id = "overpromise", to = "immunity",
      set = { overpromised = true },
      score = { voluntary = -2, victim_voice = -1, respect = -1 },
      feedback = [[Promising an apology you cannot guarantee, and punishment the programme is not for, wins agreement on false terms. Consent is only informed if the family knows what a conference can and cannot do. It also sets Ms. Okafor up to be disappointed in the room.]],
    },
    choice { "Answer each question honestly: Kevin won't be there, Ada can come, Grace can pause, stop or write instead, and a no sends the case to court with support",
      id = "answer-straight", to = "immunity",
      score = { voluntary = 3, victim_voice = 3, safety = 2 },
      feedback = [[Honest answers and real options (a supporter, pauses, stopping, writing instead of meeting) make Grace's eventual yes a free and informed one. Telling her mother plainly what happens after a no also shows that refusing is safe.]],
    },
  },

  scene "victim_declines" {
    title = "Ten days later",
    text = [[Ms. Okafor calls Mr. Tran.

Ms. Okafor: We've talked about it as a family. Grace doesn't want to see him, not in a room, not in a letter. She wants it to go to court like it's supposed to.

Mr. Tran tells you Grace sounded certain when he spoke to her afterwards. She is still not riding the Metro and has started seeing the school counsellor.

Ms. Alvarez has told you Dante was ready to take part.]],
    notes = [[A refusal is a complete answer. Good practice returns the case to the ordinary process without delay and keeps support for the victim in place whatever she chose.]],
    choice { "Hold the file open for a few months in case they change their minds",
      id = "hold-open", to = "case-in-limbo",
      set = { limbo_reason = "held_open" },
      score = { least_intrusive = -2, victim_voice = -2, due_process = -1 },
      feedback = [[Waiting "in case" treats Grace's answer as provisional and leaves both families in limbo. An unsuitable case should go back to the ordinary process without delay; witnesses fade and the uncertainty harms everyone.]],
    },
    choice { "Accept the decision; have Ms. Hill connect the family with counselling and help with the dental costs, and tell them that if they ever want to send questions, they can",
      id = "accept-no", to = "after_no",
      set = { court_reason = "declined" },
      score = { victim_voice = 3, voluntary = 2, safety = 2, respect = 2 },
      feedback = [[Right. Grace's no ends the restorative route, and support does not depend on her choice. Mentioning once that indirect options exist, without pushing, leaves the door open on her terms. What happens to the case now is the next decision.]],
    },
    choice { "Call Ms. Okafor back, explain that court could mark Dante for life, and ask her to think again",
      id = "press-after-no", to = "pressed_after_no",
      score = { voluntary = -3, victim_voice = -3 },
      feedback = [[Asking a victim's family to reconsider for the sake of the boy who hurt her shifts his future onto Grace's shoulders. That is exactly the pressure the consent rule exists to prevent.]],
    },
  },

  scene "after_no" {
    title = "The case without a conference",
    text = [[Ms. Alvarez and Dante's father have not yet heard that Grace said no. Dante has signed nothing; Ms. Alvarez has only said that he was ready to meet Grace.

A colleague in your section suggests letting the case go: "Without the programme it's a one-punch juvenile assault. Is it worth a trial?"

Officer Price wants the opposite: "Ask for strict probation. The soft option's off the table now."

Ms. Okafor has said the family wants it to go to court.]],
    notes = [[When the victim declines, the case returns to the ordinary process without delay (UN Basic Principles para 11). It should be no weaker and no harsher than it would have been: a refusal is neither a reason to drop the case nor a reason to punish the young person for a choice that was not his.]],
    questions = {
      "Why would dropping the case put pressure on future victims?",
      "Should Dante's willingness to take part count for anything in court?",
    },
    choice { "Ask for strict probation: the programme was the lenient option and it is off the table",
      id = "harsher-after-no", to = "court-with-services",
      set = { harsh_ask = true },
      score = { least_intrusive = -2, respect = -2 },
      feedback = [[The conference did not happen because Grace chose not to meet, which was her right, not Dante's failure. Seeking a stiffer outcome because the restorative route closed punishes him for a choice that was not his; the disposition should rest on the offence, as it would have at the start.]],
    },
    choice { "Drop the case: without the programme it is not worth a trial",
      id = "drop-case", to = "case-dropped",
      score = { least_intrusive = 1, victim_voice = -3, accountability = -2, due_process = -1 },
      feedback = [[Light-touch, but Grace said no to a meeting, not to justice, and her family asked for court. Dropping a case you would otherwise charge because she declined tells every future victim that refusing the programme means the case disappears.]],
    },
    choice { "File the petition on the original charge this week, tell Ms. Alvarez straight away, and do not oppose her telling the court that Dante had been willing to take part",
      id = "file-original", to = "court-with-services",
      score = { due_process = 1, least_intrusive = 1, respect = 2, accountability = 3 },
      feedback = [[The case goes on promptly, at the level the evidence supports. Telling counsel at once is basic fairness, and letting the defence put Dante's willingness before the court recognises the responsibility he was ready to take, without using anything he said to the programme.]],
    },
  },

  scene "pressed_after_no" {
    title = "Pushing back",
    text = [[Ms. Okafor is quiet for a moment.

Ms. Okafor: So you're asking us to do this for him. My daughter got hit in the face and now it's her job to save his future?

Ms. Okafor: Fine. If it matters that much to your office, we'll come. Grace will do what she's told.

Ms. Hill, who was on the call, messages you: "That wasn't a yes from Grace."]],
    choice { "Withdraw: apologise, tell her the family's first answer stands, and keep support in place",
      id = "withdraw-pressure", to = "after_no",
      set = { court_reason = "declined" },
      score = { voluntary = 2, victim_voice = 2, respect = 1 },
      feedback = [[Backing off and saying so plainly restores Grace's choice. The earlier call did damage, but it is repaired as far as it can be by honouring the original no.]],
    },
    choice { "Take the yes and schedule the conference",
      id = "take-pressed-yes", to = "immunity",
      violation = "no_victim_consent",
      set = { consent_pressured = true },
      score = { voluntary = -3, victim_voice = -3, safety = -2 },
      feedback = [[A yes extracted after a refusal, from a mother who says her daughter "will do what she's told", is not consent. Convening on it would bring Grace into the room against her own stated wish.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 4. Confidentiality and non-use of statements; the admission
  ---------------------------------------------------------------------------
  scene "immunity" {
    title = "Terms for the defence",
    text = function(v)
      local t
      if v.consent_pressured then
        t = "Mr. Tran has pencilled in a conference date with Grace's mother. He has still not spoken with Grace."
      else
        t = "A week after the library meeting, Grace tells Mr. Tran she wants to meet Dante, with her mother and her cousin Ada beside her. Ms. Okafor gives her permission in writing."
      end
      return t .. [[


Ms. Alvarez has met Dante and his father twice and explained what an admission means.

Ms. Alvarez: Before I advise him to admit anything, I want it in writing: nothing he says to Mr. Tran or in the conference can be used against him in any future charging, and the notes stay with the programme.

Officer Price, copied on the thread, replies that Kevin's case is "still open" and he would like access to anything useful.]]
    end,
    notes = [[In D.C., what is said in the programme cannot be used in future charging, and the conversations are confidential. Ask the room why the protection has to be broad to work, and which narrow exceptions (for example a child-safety risk the law requires to be reported) should be explained up front.]],
    questions = {
      "Why would a narrower promise make a young person say less, or stay away?",
      "What should Grace's family be told about confidentiality?",
    },
    choice { "Send signed terms: nothing said in preparation or the conference is used in any charging or leaves the programme, except child-safety reports the law requires",
      id = "written-immunity", to = "counsel_admission",
      set = { immunity = true },
      score = { due_process = 3, voluntary = 2, accountability = 1 },
      feedback = [[This is the D.C. rule, in writing, with its one honest limit spelled out. It lets Dante speak openly, which is what accountability needs, and it protects what Grace's family says in the room too.]],
    },
    choice { "Promise only that his statements won't be used for this assault; anything else he reveals stays usable",
      id = "narrow-immunity", to = { { 0.5, "counsel_admission" }, { 0.5, "dante-declines" } },
      score = { due_process = -2, voluntary = -1, accountability = -1 },
      feedback = [[A narrow promise falls short of the programme's rule that statements cannot be used in future charging. It tells Dante that honesty may cost him, so counsel will advise silence or withdrawal. Nothing has been used yet, so no safeguard is broken, but the conference you get will be guarded, if it happens at all.]],
    },
  },

  scene "counsel_admission" {
    title = "The admission",
    text = function(v)
      local t = [[Ms. Alvarez sends a signed acknowledgement: Dante accepts responsibility for the assault on Grace. Your office defers the petition while the programme runs.

Dante's own account, attached, says: "I pushed her and she fell on the bench. Kevin was the one hitting."

The platform footage, which Ms. Alvarez has seen, shows Dante's right fist striking Grace's face once before the shove. Kevin never touches her.]]
      if not v.immunity then
        t = t .. "\n\nMs. Alvarez adds that, given the limited terms, she has told Dante to talk only about the platform."
      end
      return t .. "\n\nMr. Tran asks whether to book the preparation meetings."
    end,
    notes = [[Acknowledging "the assault" while denying the punch is a partial denial of the basic facts. The facilitator's preparation is where this is tested, with the young person's lawyer and parent, before anyone harmed is put in the room.]],
    choice { "Accept it: he has admitted the assault, and the details will come out in the conference",
      id = "accept-minimised", to = "prep_dante",
      violation = "responsibility_denied",
      set = { minimised = true },
      score = { accountability = -3, safety = -1, victim_voice = -1 },
      feedback = [[His account denies the punch that split Grace's lip. Going ahead while the central fact is disputed risks Grace hearing, in front of everyone, that it did not happen the way she lived it.]],
    },
    choice { "Ask Mr. Tran to go through the footage with Dante, his father and counsel in preparation; go ahead with a conference only if Dante owns what he did",
      id = "test-acknowledgement", to = "prep_dante",
      score = { accountability = 3, safety = 1, due_process = 1 },
      feedback = [[Good. A conference assumes the person who caused harm accepts the basic facts. Testing that in preparation, with his lawyer and father present, protects Grace from hearing a denial across the table, and gives Dante a fair chance to own it first.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 5. Preparation
  ---------------------------------------------------------------------------
  scene "prep_dante" {
    title = "Preparing Dante",
    text = [[Mr. Tran wants to meet Dante before the conference: to hear his account, check what he accepts, talk about who has been affected, and decide with him who should come to support him.

Dante's father, Marcus Wells, drives a Metrobus and is on early shifts all month. He can only do evenings or Saturday morning. Mr. Tran could see Dante alone at school on Wednesday at lunch, which would keep the conference date Grace's family has already arranged time off for.

Ms. Alvarez says she does not need to attend but wants to be told when the meeting is.]],
    choice { "Book Saturday morning so Mr. Wells can be there, and ask Grace's family whether the later conference date suits them",
      id = "wait-for-father", to = "prep_findings",
      score = { respect = 2, due_process = 2, safety = 1 },
      feedback = [[A 15-year-old should be prepared with a parent beside him. It is a real cost to Grace's family, so asking them about the new date, rather than just moving it, keeps their voice in the schedule.]],
    },
    choice { "See Dante alone at school on Wednesday to keep the date",
      id = "prep-alone", to = "prep_findings",
      violation = "minor_without_guardian",
      set = { guardian_absent = true },
      score = { due_process = -2, respect = -1, safety = -1, victim_voice = 1 },
      feedback = [[Keeping the date respects the Okafors' time, but a minor's preparation meeting is where he talks through what he did and what he will accept. Holding it without a parent or guardian leaves him without support and leaves his father outside a process he has to back.]],
    },
  },

  scene "prep_findings" {
    title = "What preparation found",
    text = function(v)
      local t
      if v.minimised then
        t = "Mr. Tran's notes. Dante keeps saying he only pushed Grace; they did not go through the footage."
      else
        t = "Mr. Tran's notes. Dante watched the footage and said, \"That's me. I hit her.\" Kevin had told him Grace posted a clip mocking Dante's younger brother, who stutters. He never checked."
      end
      if v.immunity then
        t = t .. " He also said that the week before, he was with Kevin at Navy Yard when Kevin took another boy's earbuds."
      end
      t = t .. " He wants his basketball coach, Coach Simmons, there as well as his father."
      if v.guardian_absent then
        t = t .. " Mr. Wells has asked Mr. Tran twice what was said at the meeting he missed."
      end
      if v.consent_pressured then
        t = t .. "\n\nMr. Tran met Grace once. She answered in single words and looked at her mother before each one."
      else
        t = t .. "\n\nGrace wants to know why he did it, wants Dante to speak first, and wants her mother and Ada beside her."
      end
      return t .. "\n\nThere is one new thing. Since the assault, Grace has had messages from accounts linked to Kevin's friends calling her a snitch. The last came two days ago."
    end,
    notes = [[A red flag in preparation is a reason to stop and assess, not automatically to cancel. The messages are not from Dante, but Grace's safety before, during and after the conference is part of the facilitator's job, and cancelling over her head is also a choice made for her.]],
    questions = {
      "Who should you talk to before deciding whether the conference goes ahead?",
      "What would a safety plan for Grace include?",
    },
    choice { "Keep the date: online messages between teenagers are not the programme's business",
      id = "ignore-red-flag", to = { { 0.5, "conference_open" }, { 0.5, "reharmed" } },
      violation = "ignored_red_flag",
      set = { harm_cause = "threat" },
      score = { safety = -3, victim_voice = -2 },
      feedback = [[Threatening messages aimed at the person harmed, in the run-up to a face-to-face meeting, are a textbook red flag. Going ahead without assessing them gambles with Grace's safety; sometimes the gamble comes off, and the risk was still taken for her.]],
    },
    choice { "Cancel the conference and send the case to court: it is too risky now",
      id = "cancel-conference", to = "court-with-services",
      set = { court_reason = "cancelled" },
      score = { safety = 1, victim_voice = -2, least_intrusive = -2, voluntary = -1 },
      feedback = [[Taking the risk seriously is right, but cancelling without assessing it or asking Grace takes away a meeting she chose. A safety plan and her informed decision were available; stopping is the answer when the risk cannot be managed.]],
    },
    choice { "Pause and assess: ask Dante about the messages with his father present, have the messages dealt with separately, make a safety plan, and let Grace decide with the new facts",
      id = "assess-red-flag", to = { { 0.8, "conference_open" }, { 0.2, "coach_absent" } },
      score = { safety = 3, victim_voice = 2, respect = 1 },
      feedback = [[This is what the flag calls for: stop, find out, make a safety plan, and give the decision back to Grace with the new facts. The harassment is handled as its own matter, not through Dante's confidential preparation.]],
    },
  },

  scene "coach_absent" {
    title = "Conference day, 4:50 p.m.",
    text = [[Ten minutes before the start, Coach Simmons texts Dante: practice ran late and he can't make it.

Dante reads it twice and puts the phone face down. Mr. Wells says it doesn't matter. Dante says nothing.

In the other waiting room, Grace, her mother and Ada are ready. Ms. Okafor has swapped a night shift to be here.]],
    choice { "Start on time: a coach is not essential",
      id = "start-anyway", to = "conference_open",
      set = { coach_absent = true },
      score = { voluntary = -1, respect = -1, victim_voice = 1 },
      feedback = [[Starting on time respects the Okafors' time, but Dante has just lost the supporter he asked for, and nobody asked him whether he still wants to go on. A two-minute check would have cost little.]],
    },
    choice { "Ask Dante and his father whether to go ahead without the coach or move the date, and ask Grace's side too",
      id = "ask-both-sides", to = "conference_open",
      set = { coach_absent = true },
      score = { voluntary = 2, respect = 2 },
      feedback = [[Supporters matter to how safe a young person feels in the room. Asking both sides, rather than deciding for them, keeps participation voluntary; here both choose to go ahead.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 6. The conference
  ---------------------------------------------------------------------------
  scene "conference_open" {
    title = "The conference",
    text = function(v)
      local t = "A meeting room at the Attorney General's office. You co-facilitate with Mr. Tran. Grace sits between her mother and Ada. Across from them, Dante sits beside his father"
      if v.coach_absent then
        t = t .. "."
      else
        t = t .. " and Coach Simmons."
      end
      t = t .. " Ms. Alvarez waits outside in case Dante needs her."
      if v.consent_pressured then
        t = t .. "\n\nGrace has not looked up since she came in. When Mr. Tran welcomes her, her mother answers for her.\n\nMs. Okafor: Let's just get it over with."
      else
        t = t .. "\n\nGrace has asked that Dante speak first. Under the table she is holding Ada's hand."
      end
      return t .. "\n\nEveryone is waiting for you to open."
    end,
    notes = [[The opening sets the tone: the conference is about what happened and who was affected, not about whether anyone is a good or bad person. Both young people should hear that they can pause or stop. If the trainee reached this room on a pressured "yes", watch whether they notice Grace.]],
    questions = {
      "What should each young person hear in the first minute?",
      "Who decides the order of speaking, and why?",
    },
    choice { "Read the police report aloud and tell Dante this is his last chance to stay out of the system",
      id = "open-last-chance", to = "conf_dante",
      when = function(v) return not v.consent_pressured end,
      score = { respect = -2, voluntary = -2, accountability = 1 },
      feedback = [[Stating the facts has a place, but "last chance" turns the conference into a threat and puts you, not the participants, at the centre. A young person who feels cornered explains less and defends more.]],
    },
    choice { "Carry on: her mother agreed, and everyone has come",
      id = "carry-on", to = "reharmed",
      when = function(v) return v.consent_pressured end,
      set = { harm_cause = "pressured" },
      score = { voluntary = -2, victim_voice = -3, safety = -2 },
      feedback = [[Everyone being in the room is not consent. A 14-year-old who cannot look up is telling you something; carrying on makes the process another thing done to her.]],
    },
    choice { "Open in your own words: this is about what happened and who was affected, not who is good or bad; either of them can pause, and Dante can stop without penalty",
      id = "open-restoratively", to = "conf_dante",
      when = function(v) return not v.consent_pressured end,
      score = { respect = 3, voluntary = 2, safety = 1 },
      feedback = [[A good preamble: it separates the act from the person, reminds Dante that leaving carries no penalty, and gives Grace control over pauses. It follows the order Grace chose.]],
    },
    choice { "Call a pause and ask Grace privately, with Ms. Hill, whether she wants to be here at all; accept her answer",
      id = "pause-for-grace", to = "court-with-services",
      when = function(v) return v.consent_pressured end,
      set = { court_reason = "withdrew" },
      score = { voluntary = 3, victim_voice = 3, safety = 2 },
      feedback = [[Right, and late. Grace's silence is a warning you can still act on: consent can be withdrawn at any point, and the person harmed must be asked directly. The mistake was the pressured yes that brought her here.]],
    },
    choice { "Invite Ms. Okafor to start by telling Dante what she thinks of him",
      id = "open-with-mother", to = "conf_dante",
      when = function(v) return not v.consent_pressured end,
      score = { respect = -2, safety = -1, victim_voice = -1 },
      feedback = [[Ms. Okafor's anger deserves a hearing, but Grace asked for Dante to speak first, and opening with a verdict on his character sets the room against him before he has said a word.]],
    },
  },

  scene "conf_dante" {
    title = "Dante speaks",
    text = function(v)
      if v.minimised then
        return [[Mr. Tran asks Dante what happened.

Dante: I pushed her. That's it. Kevin was the one hitting. I didn't punch nobody.

Ada: We all saw the video.

Grace stares at him. Her mother's hand is flat on the table. Dante looks at his father, who looks away.]]
      end
      return [[Mr. Tran asks Dante what happened.

Dante: Kevin showed me a clip. Someone making fun of my little brother, the way he talks. He said Grace put it up. So when we saw her on the platform... I hit her.

Mr. Tran asks what he was thinking at the time. Dante looks at the table. Ten seconds. Twenty.

Mr. Wells: Answer the man! Look at her! You've embarrassed this whole family. This is how it starts, acting like a thug, like your cousin.

Dante's jaw sets. Grace has gone very still.]]
    end,
    notes = [[Two hard moments: a supporter shaming the young person, and a young person going silent. The facilitator acknowledges the parent's pain without endorsing the label, and gives the question again in plain words. If Dante is denying the punch, the conference cannot go on as a restorative meeting.]],
    questions = {
      "How do you acknowledge Mr. Wells without agreeing with what he called his son?",
      "How would you put the question 'what were you thinking?' to a silent 15-year-old in your own words?",
    },
    choice { "Let Mr. Wells go on: Dante needs to hear it from his own family",
      id = "let-father-shame", to = "conf_grace",
      when = function(v) return not v.minimised end,
      set = { dante_shut_down = true },
      score = { respect = -2, accountability = -1 },
      feedback = [[Shame that labels the person ("a thug") rather than the act tends to shut young people down, not open them up. Letting it run leaves Dante defending himself instead of facing what he did to Grace.]],
    },
    choice { "Call a break; with Ms. Alvarez, check whether Dante accepts the footage. When he doesn't, end the conference, tell Grace's family why, and return the case to court",
      id = "stop-on-denial", to = "returned-to-court",
      when = function(v) return v.minimised end,
      set = { return_reason = "denial" },
      score = { safety = 2, accountability = 1, due_process = 2, victim_voice = 1 },
      feedback = [[Correct, if late. A conference cannot go on while the central fact is denied. Stopping, explaining honestly to Grace's family and returning the case without penalty limits the harm; testing the account in preparation would have spared Grace this moment.]],
    },
    choice { "Tell Dante that if he won't answer, the conference ends and his case goes straight back to court",
      id = "threaten-silence", to = "conf_grace",
      when = function(v) return not v.minimised end,
      violation = "coerced_accused",
      set = { dante_shut_down = true },
      score = { voluntary = -3, respect = -2, accountability = -1 },
      feedback = [[Threatening the consequence to force an answer is coercion inside the room. Taking part, and speaking, must stay voluntary; using court as a stick to make him talk produces words, not accountability.]],
    },
    choice { "Acknowledge Mr. Wells's hurt and say you will come to him; then ask Dante gently, in plain words, what was going through his head on the platform",
      id = "redirect-gently", to = "conf_grace",
      when = function(v) return not v.minimised end,
      score = { respect = 3, accountability = 2, safety = 1 },
      feedback = [[This keeps the father in the process and the focus on the act, not the boy's character. Rephrasing the restorative question simply and giving time is what lets a frightened young person actually answer it.]],
    },
    choice { "Press on: ask Grace to tell Dante how it felt to be punched",
      id = "press-on-denial", to = "reharmed",
      when = function(v) return v.minimised end,
      set = { harm_cause = "denial" },
      score = { safety = -3, victim_voice = -2, respect = -1 },
      feedback = [[Asking Grace to describe the punch to someone who is denying it puts her account on trial in front of her family. A restorative meeting needs agreement on the basic facts; without it, this is a cross-examination.]],
    },
    choice { "Back Mr. Wells up: tell Dante that what he did is what thugs do and he should be ashamed",
      id = "facilitator-shames", to = "conf_grace",
      when = function(v) return not v.minimised end,
      violation = "degrading_terms",
      set = { dante_shut_down = true },
      score = { respect = -3, safety = -1, accountability = -1 },
      feedback = [[A facilitator who joins in labelling the young person has given up impartiality. The script's promise, that we are not here to decide who is good or bad, is broken by the person meant to keep it.]],
    },
  },

  scene "conf_grace" {
    title = "Grace speaks",
    text = function(v)
      local t
      if v.dante_shut_down then
        t = "Dante does not answer. After a while he mutters \"sorry\" at the table and says nothing more."
      else
        t = "Dante: I wasn't thinking. I was angry about my brother. I didn't even check if it was her. It wasn't."
      end
      t = t .. [[


Mr. Tran turns to Grace and asks what she thought when it happened, and what has been hardest since.

Grace: I thought they were going to keep hitting me. Now I can't get on the train. Everyone at school has seen the video. My tooth has a filling in it now.

Ms. Okafor: She sleeps with the light on. I want him expelled. I want him standing up at his school saying what he did.]]
      if v.overpromised then
        t = t .. "\n\nMs. Okafor: You told us he'd be properly punished."
      end
      return t
    end,
    notes = [[Anger from the person harmed, or her family, is part of the process, not a disruption of it. The facilitator's job is to let it be heard, reflect it, and then bring the room to the question of what would make things right, asked of Grace first and then of Dante.]],
    choice { "Let Ms. Okafor's anger stand and reflect it back; then ask Grace what would put things right, and Dante what he can do",
      id = "hear-anger", to = "agreement",
      score = { victim_voice = 3, respect = 2, accountability = 2 },
      feedback = [[Reflecting anger without arguing with it shows the family they have been heard. Asking Grace first what she needs, and then Dante what he can do, is the restorative sequence: repair shaped by the person harmed and owned by the person who caused it.]],
    },
    choice { "Tell Ms. Okafor to calm down or you will have to end the conference",
      id = "silence-mother", to = "agreement",
      score = { respect = -2, victim_voice = -2 },
      feedback = [[Her anger is not a threat to anyone's safety; it is her truth about what happened to her daughter. Threatening to end the meeting tells the family that their feelings are the problem.]],
    },
    choice { "Move straight to the paperwork to spare everyone more pain",
      id = "skip-to-paperwork", to = "agreement",
      score = { accountability = -2, victim_voice = -2, safety = 1 },
      feedback = [[Cutting it short lowers the temperature, but Dante never has to answer to what Grace said, and Grace never gets asked what she needs. The agreement will be written without the conversation that should shape it.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 7. The agreement
  ---------------------------------------------------------------------------
  scene "agreement" {
    title = "Writing it down",
    text = function(v)
      local t = [[Mr. Tran asks the room what would make things right.

Grace wants the video gone, to know Dante won't come near her, and a letter that explains why, in his own words. Ms. Okafor paid $180 for dental work that insurance did not cover. Dante works Saturdays at his uncle's car wash.]]
      if v.dante_shut_down then
        t = t .. " Asked what he could do, Dante says he'll do whatever they say."
      else
        t = t .. " Dante says he wants to pay for the tooth and offers to help get the video taken down."
      end
      return t .. [[


Ms. Okafor still wants a public apology at Dante's school.

Mr. Tran turns to you to draft the terms.]]
    end,
    notes = [[Good terms are specific (who, what, by when), matched to the harm, proportionate to a first assault by a 15-year-old, and monitored; the D.C. programme monitors for at least six months. Ask what a public apology would do to Grace, not only to Dante.]],
    questions = {
      "Which of Grace's needs can an agreement actually meet, and which can it not?",
      "How would you say no to the public apology while still taking Ms. Okafor's demand seriously?",
    },
    choice { "Keep it simple: \"Dante will apologise and stay out of trouble.\"",
      id = "vague-terms", to = "notes_request",
      set = { terms = "vague" },
      score = { repair = -3, accountability = -2, victim_voice = -1, least_intrusive = 1 },
      feedback = [[Light-touch, but nothing in it can be done, checked or completed. Grace's needs (the letter, the costs, the video, her safety) go unanswered, and Dante gets no clear way to show he has put it right.]],
    },
    choice { "Write in Ms. Okafor's demands: an apology at a school assembly, an apology video on Dante's own account, 150 hours of service and a 6 p.m. curfew for a year",
      id = "degrading-terms", to = "notes_request",
      violation = "degrading_terms",
      set = { terms = "degrading" },
      score = { repair = -3, respect = -3, least_intrusive = -3, victim_voice = 1 },
      feedback = [[These terms honour the mother's anger but not the harm: public shaming and a year's curfew are far out of proportion to a first assault by a 15-year-old, and an assembly or video will spread the incident, and Grace's name, further. Obligations must be reasonable and proportionate.]],
    },
    choice { "Draft specific terms: a letter within three weeks, $30 a month toward the $180, no contact, help removing the video, a six-session group, monthly check-ins for six months; read it back to both",
      id = "specific-terms", to = "notes_request",
      set = { terms = "specific" },
      score = { repair = 3, accountability = 2, victim_voice = 2, voluntary = 1 },
      feedback = [[Each term answers something Grace or her mother named, says who does what by when, and can be checked. Payment is sized to Dante's wage. Six months of monitoring follows the programme's minimum. Reading it back to both young people, and checking they can live with it, keeps the agreement voluntary.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 8. Monitoring, and keeping the programme's promises
  ---------------------------------------------------------------------------
  scene "notes_request" {
    title = "Six weeks later",
    text = function(v)
      local t
      if v.immunity then
        t = [[Officer Price calls. Kevin's case is heading for trial, and a boy has now reported that his earbuds were taken at Navy Yard the week before the assault. Price suspects Dante knows about it.

Officer Price: Just send me Tran's notes. If Dante told him about the earbuds, that's a second case on Kevin, and maybe on Dante too.

The signed programme terms say the notes stay with the programme and nothing said can be used in charging.]]
      else
        t = [[Officer Price calls. Kevin's case is heading for trial.

Officer Price: Send me Tran's notes from the conference. If there's anything about Kevin in there, I want it.

The programme's practice is that notes stay with the programme, although Ms. Alvarez never got that in writing.]]
      end
      return t
    end,
    notes = [[Confidentiality is tested when someone has a real public-safety reason to want the notes. Ask the room what Officer Price can legitimately do instead, and what happens to the programme if the notes are handed over once.]],
    choice { "Read the notes yourself and pass on only the part about Kevin",
      id = "share-part", to = "promise-broken",
      violation = "statements_used",
      set = { breach = "notes" },
      score = { due_process = -3, voluntary = -1 },
      feedback = [[A partial disclosure is still a disclosure. What Dante said about Kevin was said in confidence, and using it in charging anyone breaks the terms on which he spoke.]],
    },
    choice { "Decline: what was said in preparation and in the conference stays in the programme and is not used for charging; Officer Price can pursue other cases on his own evidence",
      id = "protect-notes", to = "month_three",
      score = { due_process = 3, respect = 1 },
      feedback = [[Right. The promise that statements will not be used in future charging is what made Dante's honesty possible. Officer Price keeps every ordinary investigative tool; he just cannot use the programme as one.]],
    },
    choice { "Send the notes: public safety comes first",
      id = "share-notes", to = "promise-broken",
      violation = "statements_used",
      set = { breach = "notes" },
      score = { due_process = -3, voluntary = -2, respect = -1 },
      feedback = [[Handing over the notes turns a confidential, voluntary process into an interrogation after the fact. It breaks the programme's central promise to Dante, and Grace's family spoke in that room on the same understanding.]],
    },
  },

  scene "month_three" {
    title = "Month three",
    text = function(v)
      if v.terms == "degrading" then
        return [[Dante's school has set the assembly for next Tuesday. Word has got around, and the video is circulating again at Grace's school.

Ms. Okafor: Grace came home crying. Everyone's sending it round again because of this assembly. She doesn't want it any more. Neither do I.

Mr. Wells says Dante has barely slept since he heard. Ms. Alvarez asks whether the terms can be revisited.]]
      elseif v.terms == "vague" then
        return [[Mr. Tran has nothing to check. The agreement says Dante will apologise and stay out of trouble. He has not apologised to Grace; he says nobody told him how or when.

Ms. Okafor has called twice to ask what is happening. Grace is still not riding the Metro.]]
      end
      return [[Mr. Tran's check-in report. Dante delivered his letter in week three; Grace read it twice and asked Ada to keep it safe. He has paid $90, attended four of six group sessions, and reported two accounts sharing the video; one has taken it down. Last week Grace rode the Metro for the first time, with Ada.

Mr. Wells asks whether there should be "something stricter" to keep Dante on track over the summer.]]
    end,
    notes = [[Monitoring is for keeping the agreement workable, not for adding punishment. When terms turn out to be harmful or unworkable, they can be revisited with everyone's agreement.]],
    choice { "Keep the plan as agreed: monthly check-ins, Mr. Tran to flag problems early, and a call to Grace's family to ask how she is doing",
      id = "keep-plan", to = { { 0.65, "month_six_done" }, { 0.2, "month_six_short" }, { 0.15, "month_six_stopped" } },
      when = function(v) return v.terms == "specific" end,
      score = { least_intrusive = 2, repair = 1, victim_voice = 1 },
      feedback = [[The agreement is working; the right amount of supervision is the amount agreed. Checking on Grace, not only on Dante, keeps the process centred on the harm.]],
    },
    choice { "Add a 7 p.m. curfew and weekly school attendance reports for the summer",
      id = "add-conditions", to = { { 0.65, "month_six_done" }, { 0.2, "month_six_short" }, { 0.15, "month_six_stopped" } },
      when = function(v) return v.terms == "specific" end,
      set = { extra_conditions = true },
      score = { least_intrusive = -2, repair = -1, respect = -1, safety = 1 },
      feedback = [[It feels safe, but Dante is keeping every term, and new conditions nobody agreed to change the bargain halfway through. Piling on supervision tends to create breaches rather than prevent harm.]],
    },
    choice { "Hold everyone to the signed agreement",
      id = "hold-to-assembly", to = "reharmed",
      when = function(v) return v.terms == "degrading" end,
      set = { harm_cause = "assembly" },
      score = { respect = -3, victim_voice = -3, repair = -2 },
      feedback = [[Grace and her mother have told you the assembly is hurting her. Insisting on it puts the paperwork above the person harmed, and a public shaming of Dante will spread the video further.]],
    },
    choice { "Bring everyone back, with their agreement, to replace the public terms: a private letter, the $180 payment plan, the group sessions, no contact, and six months' monitoring",
      id = "revise-degrading", to = { { 0.65, "month_six_done" }, { 0.2, "month_six_short" }, { 0.15, "month_six_stopped" } },
      when = function(v) return v.terms == "degrading" end,
      set = { terms = "revised" },
      score = { repair = 2, respect = 2, victim_voice = 2 },
      feedback = [[Good recovery. The public terms were harming the person they were meant to serve. Revising them with everyone's agreement, and replacing them with proportionate, specific ones, keeps the agreement voluntary and makes it about repair.]],
    },
    choice { "With everyone's agreement, meet briefly to turn it into specific, checkable terms with monthly check-ins",
      id = "revise-vague", to = { { 0.65, "month_six_done" }, { 0.2, "month_six_short" }, { 0.15, "month_six_stopped" } },
      when = function(v) return v.terms == "vague" end,
      set = { terms = "revised" },
      score = { repair = 2, accountability = 2, victim_voice = 1 },
      feedback = [[Good recovery. Specific terms (the letter, the $180, the video, no contact) give Dante a way to put things right and give Mr. Tran something to monitor.]],
    },
    choice { "Leave it: if Dante stays out of trouble for six months, dismiss",
      id = "leave-vague", to = "hollow-dismissal",
      when = function(v) return v.terms == "vague" end,
      score = { repair = -2, victim_voice = -2, accountability = -2 },
      feedback = [[Staying out of trouble is not repair. Grace's family is asking what is happening and the answer is nothing; the agreement will close without ever having asked Dante to do anything for her.]],
    },
  },

  scene "month_six_done" {
    title = "Closing report",
    text = function(v)
      local t = "Mr. Tran's closing report says every term is complete: the letter, the $180, the six group sessions, no contact, and the video reported until the last copy he could find came down."
      if v.extra_conditions then
        t = t .. " Dante kept the curfew too, though it cost him a summer job offer."
      end
      return t .. [[ Grace rides the Metro on her own now. Ms. Okafor asked Mr. Tran to pass on a message: she hopes Dante's brother is doing all right.

The same week, Officer Price emails. Kevin's trial is next month and Dante has refused to testify.

Officer Price: Keep Dante's petition alive until he cooperates.]]
    end,
    notes = [[Completion means the charges are dropped permanently. Holding the petition over Dante's head for something outside the agreement would make completion meaningless.]],
    choice { "Hold off on dismissing until Dante agrees to testify against Kevin",
      id = "hold-for-testimony", to = "promise-broken",
      violation = "punished_after_agreement",
      set = { breach = "recharge" },
      score = { due_process = -3, voluntary = -3, respect = -2 },
      feedback = [[Testimony was never part of the agreement. Keeping the charge alive after completion to extract cooperation punishes Dante for something he never agreed to do and breaks the promise of a permanent dismissal.]],
    },
    choice { "Dismiss the petition permanently as promised, send the closing letters to Ms. Alvarez and both families, and tell Officer Price that Dante's case is closed",
      id = "dismiss-on-completion", to = "dismissed",
      set = { closing = "on_time" },
      score = { due_process = 3, repair = 2, voluntary = 1 },
      feedback = [[This is the programme's promise kept. Dante did everything he agreed to; dismissal is not a favour but the outcome he was told he would get. Closing letters to both families mark the end for Grace as well.]],
    },
  },

  scene "month_six_short" {
    title = "Closing report: a shortfall",
    text = [[Mr. Tran reports that Dante delivered the letter, finished the group, kept away from Grace and helped get the video taken down. He has paid $90 of the $180.

Then the car wash closed when his uncle lost the lease. Dante has been looking for work but, at 15, has found nothing. He told Mr. Tran before the payment was missed, not after.

Asked by Mr. Tran, Ms. Okafor says the money matters to her, but she does not want Dante punished over it.]],
    notes = [[Partial completion driven by hardship is a reason to adjust the plan, with the person harmed involved, not a breach to punish. Ask what completion means if most of the repair has been done.]],
    questions = {
      "Who should have a say in changing the payment term?",
      "What would a harsher response teach the next young person offered the programme?",
    },
    choice { "Waive the rest and dismiss today without troubling the family further",
      id = "waive-rest", to = "dismissed",
      set = { closing = "waived" },
      score = { least_intrusive = 2, victim_voice = -2, repair = -1, accountability = -1 },
      feedback = [[Generous to Dante and quick, but it settles Grace's family's money without asking them. Ms. Okafor said the money matters to her; the decision to forgo it is hers to make, not yours.]],
    },
    choice { "Call it a breach: file the petition and ask for probation with extra conditions, since he did not finish",
      id = "breach-short", to = "returned-harsher",
      violation = "punished_after_agreement",
      set = { harsher_from = "short" },
      score = { least_intrusive = -3, due_process = -2, repair = -2 },
      feedback = [[Most of the agreement is done and the shortfall comes from hardship. Seeking extra punishment because he did not finish treats failing to complete as a new offence. It goes against what Grace's mother asked for and teaches the next young person that trying the programme is a risk.]],
    },
    choice { "With the Okafors' agreement, extend monitoring three months so Dante can pay the rest, or swap it for service hours if they prefer; dismiss when done",
      id = "extend-plan", to = "dismissed",
      set = { closing = "extended" },
      score = { repair = 3, victim_voice = 2, least_intrusive = 1, accountability = 1 },
      feedback = [[The shortfall comes from hardship, not defiance, and Dante reported it himself. Adjusting the plan with Grace's family keeps the repair real and lets him finish what he started.]],
    },
  },

  scene "month_six_stopped" {
    title = "Closing report: no contact",
    text = [[Mr. Tran reports that Dante's payments and check-ins stopped two months ago. He has missed the last two check-ins and the final group session, and he does not answer messages.

Mr. Wells tells Mr. Tran that Dante has started spending time with Kevin again and won't talk to him about the programme.

Grace's family has been told nothing yet. Ms. Alvarez says she will try to reach Dante this week.]],
    notes = [[When an agreement is not completed, the case returns to the ordinary process: promptly, on the original charge, with the person harmed told directly and nothing from the programme used.]],
    choice { "Let the file sit; he may turn up",
      id = "let-it-sit", to = "case-in-limbo",
      set = { limbo_reason = "lapsed" },
      score = { least_intrusive = -1, victim_voice = -2, accountability = -2 },
      feedback = [[Doing nothing is not the least intrusive option; it is no decision at all. Grace's family is left uninformed and Dante learns that walking away has no consequence either way.]],
    },
    choice { "Offer one more meeting with Dante, his father and counsel; if he doesn't come, return the case on the original charge with nothing harsher, and tell the Okafors yourself",
      id = "return-fairly", to = "returned-to-court",
      set = { return_reason = "stopped" },
      score = { due_process = 2, victim_voice = 2, least_intrusive = 1, accountability = 1 },
      feedback = [[One more genuine chance, then a prompt return to the ordinary process with no penalty and nothing from the programme used. Telling Grace's family yourself, before they hear it elsewhere, respects their place in the case.]],
    },
    choice { "Return the case and ask the court for detention, pointing to his failure and to what he admitted in the conference",
      id = "return-harsher", to = "returned-harsher",
      violation = "punished_after_agreement",
      set = { harsher_from = "stopped" },
      score = { least_intrusive = -3, due_process = -3, respect = -1 },
      feedback = [[Not completing must not be a reason for a harsher outcome, and what Dante said in the conference cannot be used against him. This argument does both.]],
    },
  },

  ---------------------------------------------------------------------------
  -- Endings
  ---------------------------------------------------------------------------
  ending "dismissed" {
    title = "Charges dropped",
    text = function(v)
      local t = "Your office dismisses the petition against Dante Wells. It cannot be refiled."
      if v.closing == "extended" then
        t = t .. " He finished paying in month nine, $30 at a time from a part-time job he found at a grocery store."
      elseif v.closing == "waived" then
        t = t .. " The last $90 was never paid; you waived it without asking the Okafors, and Ms. Okafor told Mr. Tran she wished someone had asked."
      end
      t = t .. "\n\nMr. Tran's closing letters go to both families and to Ms. Alvarez. Grace keeps Dante's letter. When Dante's younger brother asks him what the programme was, Dante tells him."
      if v.net_widened then
        t = t .. "\n\nAndre's file, opened for a video no prosecutor would have charged, is still on the system."
      end
      return t
    end,
    outcome = {
      victim = "Grace had her questions answered and a say in what repair meant; the letter is hers, the video is largely gone, and she rides the Metro again.",
      accused = "Dante kept his agreement and his petition was dismissed permanently, with nothing he said in the programme used against him.",
      community = "A violent incident was answered with accountability and repair instead of a court record, and the programme's promises held, so families and defence lawyers can keep trusting it.",
    },
    debrief = [[This is what the D.C. programme is designed to do: a case that would have been charged; an admission made only after counsel's advice; free consent from Grace and her mother; confidential preparation and conference; a specific agreement; at least six months of monitoring; and a permanent dismissal. Notice where the path was hard: waiting for Mr. Wells, pausing over the messages, saying no to Officer Price. When a shortfall comes from hardship, adjusting the plan with the victim's agreement is still completion, not leniency.]],
  },

  ending "hollow-dismissal" {
    title = "Dismissed, with nothing to show",
    text = [[Six months pass without a new arrest, and your office dismisses the petition. Dante never wrote to Grace; nobody told him how. The $180 was never mentioned again. The video is still online.

Ms. Okafor asks Mr. Tran what the meeting was for. He does not have a good answer.]],
    outcome = {
      victim = "Grace told her story, but her costs, her fear and the video were left exactly where they were.",
      accused = "Dante avoided a record without ever being asked to do anything to put things right.",
      community = "The case closed on paper; to the families involved, the programme looks like a way of letting a boy off.",
    },
    debrief = [[An agreement is only as good as its terms. "Apologise and stay out of trouble" has no who, what or by when, and nobody can monitor it. The D.C. programme monitors for at least six months because repair is something done, not something said. Vague terms also fail the accused: Dante never got a clear way to show he could make things right.]],
  },

  ending "court-not-offered" {
    title = "Straight to court",
    text = [[You file the petition. Dante's court-appointed lawyer contests it, and the case is set for trial. Grace receives a subpoena and a leaflet about victim services.

Four months later Dante is found involved and placed on probation. Grace testifies for forty minutes with Dante across the courtroom. She still does not know why he did it.]],
    outcome = {
      victim = "Grace gets a verdict but no answers; she had no say in the route her case took and had to testify in open court.",
      accused = "Dante has a juvenile adjudication and probation, and never heard from Grace what his punch did to her.",
      community = "The law was applied, but a case the programme was built for went through court, and the rumour and the video behind it were never dealt with.",
    },
    debrief = [[Filing was lawful, and some victims want exactly this. The point is that Grace was never asked. The D.C. programme takes cases a prosecutor would charge, violent ones included, when none of the exclusions applies, and whether to meet is first of all the harmed person's choice. Offering that choice neutrally, and respecting either answer, would have cost little.]],
  },

  ending "court-with-services" {
    title = "Back to court, with support",
    text = function(v)
      local t
      if v.court_reason == "withdrew" then
        t = "In a side room, with Ms. Hill, Grace says quietly that she does not want to be there. You thank everyone, tell Dante and his father that the case returns to court with nothing from today used, and make sure Grace leaves with her counsellor's number. It should have been her answer weeks ago."
      elseif v.court_reason == "cancelled" then
        t = "You cancel the conference and file the petition. Grace, who had asked for the meeting, is told by phone. Ms. Hill arranges counselling, help with the dental costs, and a safety plan for the messages."
      else
        t = "You file the petition the same week. Ms. Hill connects Grace with a counsellor and helps Ms. Okafor apply for crime victims compensation for the dental costs."
        if v.harsh_ask then
          t = t .. " At disposition you ask for strict probation; Ms. Alvarez tells the court that Dante had been ready to meet Grace and asks why that now counts against him."
        else
          t = t .. " At disposition Ms. Alvarez tells the court that Dante had been ready to meet Grace."
        end
      end
      return t .. "\n\nThe case is heard on the juvenile calendar in the ordinary way. Nothing Dante said to the programme is in the file."
    end,
    outcome = {
      victim = "Grace goes through court with counselling, help with the dental costs and someone keeping her informed, but without the answers a meeting might have given her.",
      accused = "Dante's case is decided in court on the original petition, and nothing he said to the programme is used against him.",
      community = "The case is dealt with without delay and the programme's rules hold, even though no conference took place.",
    },
    debrief = [[Consent is the gate, and it can be withdrawn at any point. When the person harmed says no, the case returns to the ordinary process without delay, and support continues whatever she decided. If you got here by pausing the conference, the pause was right, but the pressured "yes" that put Grace in that room was the real mistake. If you got here by cancelling over the messages, ask whether assessing the risk and making a safety plan would have let Grace keep the meeting she had asked for.]],
  },

  ending "case-dropped" {
    title = "Case dropped",
    text = [[You decline to go ahead with the case. Ms. Alvarez thanks you. Ms. Okafor learns of it from a letter.

Grace, who had said she wanted the case to go to court, asks her mother whether it was her fault for saying no to the meeting.]],
    outcome = {
      victim = "Grace's no to a meeting was treated as a no to justice; nobody answers for what happened to her.",
      accused = "Dante walks away with no record and no obligation, and is never asked to face what he did.",
      community = "Families learn that declining the programme makes the case disappear, which is exactly the pressure the consent rule exists to prevent.",
    },
    debrief = [[Declining a conference is not declining justice. When the person harmed says no, the case returns to the ordinary process, no weaker and no harsher than it would have been. Dropping a case you would otherwise charge because the restorative route closed penalises the victim for using her right to refuse.]],
  },

  ending "case-in-limbo" {
    title = "Nobody decides",
    text = function(v)
      if v.limbo_reason == "lapsed" then
        return [[The file sits. Dante does not reappear, and nobody tells the Okafors anything. Months later Ms. Alvarez asks whether the case is still open. Nobody in your office is sure.]]
      end
      return [[You keep the file open "in case". Weeks become months. The Okafors hear nothing, and Dante's petition is neither filed nor dismissed. When Ms. Alvarez finally asks for a decision, one of the witnesses has moved away and Grace has stopped answering calls from your office.]]
    end,
    outcome = {
      victim = "Grace waits months without news; her answer, and her trust in the system, count for nothing.",
      accused = "Dante lives with an open case hanging over him, with neither the chance to finish nor a decision.",
      community = "A case that could have been resolved, or returned promptly, drifts while the evidence goes stale.",
    },
    debrief = [[A case that is unsuitable for a conference, or where the agreement has failed, goes back to the ordinary process promptly, and everyone is told. Limbo hurts both sides: the victim hears nothing, the young person lives with uncertainty, and the evidence weakens. The least intrusive response still has to decide the case.]],
  },

  ending "trust-broken" {
    title = "Trust broken",
    text = function(v)
      if v.breach == "threat" then
        return [[Ms. Alvarez advises Dante to decline the programme. You file the petition with the robbery count; at the first hearing the judge dismisses it for lack of any evidence of a taking. The assault goes to trial and Grace, who was never asked about a conference, is called to testify.]]
      end
      if v.counsel_advised then
        return [[Despite your written promise, Dante's father decides the programme cannot be trusted, and Ms. Alvarez advises Dante to decline. The petition is filed and the case goes to trial on the footage and witnesses; the recording is never used. Grace, who was never asked about a conference, is served with a subpoena.]]
      end
      return [[Ms. Alvarez moves to suppress the recording and advises Dante to decline the programme. The petition is filed and the case goes to trial, with weeks lost to the fight over the recording. Grace, who was never asked about a conference, is served with a subpoena.]]
    end,
    outcome = {
      victim = "Grace is pulled into a contested trial she had no say in, after months of delay.",
      accused = "Dante faces trial instead of the programme, and his family has learned to distrust your office's offers.",
      community = "Word travels among defence lawyers that the programme's promises cannot be relied on, and fewer young people are advised to take part.",
    },
    debrief = [[The D.C. programme works because both sides can trust its rules: an admission comes only after counsel has explained its consequences, and nobody is threatened into taking part. Each shortcut here, a recorded confession without a lawyer or a heavier charge as a lever, saves a few days and costs the whole case. A young person's eagerness to say sorry is exactly when legal advice matters most.]],
  },

  ending "dante-declines" {
    title = "Dante declines",
    text = [[Ms. Alvarez writes that, without protection for everything Dante might say, she has advised him not to take part, and he and his father agree. The case returns to court on the original petition.

Mr. Tran has to tell Grace, who had decided to meet him, that the conference will not happen. Ms. Hill keeps her support in place.]],
    outcome = {
      victim = "Grace said yes and prepared herself, then lost the meeting for reasons she had no part in.",
      accused = "Dante, properly advised, goes through court instead of the programme.",
      community = "A case suited to repair returns to court because the office would not put the programme's own rule in writing.",
    },
    debrief = [[The D.C. rule is broad on purpose: statements made in the programme cannot be used in future charging. A narrower promise leaves a young person choosing between honesty and self-protection, and a careful defence lawyer will tell him to protect himself. Limited protection does not produce a more careful conference; often it produces no conference at all.]],
  },

  ending "promise-broken" {
    title = "Promise broken",
    text = function(v)
      if v.breach == "recharge" then
        return [[You keep the petition open to press Dante to testify. Ms. Alvarez moves to dismiss, showing that every term of the agreement was performed; the judge asks your office why it will not keep its word. Dante, who did everything asked of him, is back in court. Grace's mother hears about it and asks Mr. Tran what the agreement was worth.]]
      end
      return [[Officer Price uses the notes in his interviews for Kevin's case. Within a week Ms. Alvarez learns where the information came from. Dante stops coming to his check-ins; his father tells Mr. Tran they were lied to. Ms. Okafor hears about it from another parent and asks whether what Grace said in that room is now in a police file too.]]
    end,
    outcome = {
      victim = "Grace's own words in a confidential meeting no longer feel safe, and the repair she took part in is overshadowed by a new fight.",
      accused = "Dante kept his side and your office did not; he faces new jeopardy from words he spoke in confidence or from an agreement he had already completed.",
      community = "Families and defence lawyers learn that the office's confidentiality and dismissal promises can be bargained away, and the programme loses the trust it depends on.",
    },
    debrief = [[Two promises make the D.C. programme work: nothing said in it is used in future charging, and completing the agreement means the charges are dropped permanently. They exist so that young people can speak honestly and know that repair ends the case. Breaking either, even for a real public-safety aim, turns a restorative process into an investigative tool and teaches every defence lawyer in the city to keep clients away.]],
  },

  ending "reharmed" {
    title = "Grace is hurt again",
    text = function(v)
      local t
      if v.harm_cause == "pressured" then
        t = "Grace never speaks. When Mr. Tran asks what has been hardest, she starts to cry and her mother answers for her. Dante apologises to Ms. Okafor, not to Grace. In the car, Grace tells Ada she felt as if she was the one on trial."
      elseif v.harm_cause == "denial" then
        t = "Grace tells Dante what the punch felt like. He shakes his head: \"I never punched you.\" Grace walks out. She tells Mr. Tran later that the conference was worse than the platform, because this time adults were watching and let it happen."
      elseif v.harm_cause == "assembly" then
        t = "Dante stands up in front of his school and reads an apology. Someone films that too. By the evening the new clip and the old one are circulating side by side, tagged with Grace's name. Dante stops going to school; Grace asks her mother to move her to another one."
      else
        t = "On the morning of the conference another message reaches Grace: a photo of the Gallery Place platform and \"see you there\". She comes anyway and sits shaking, watching the door. Halfway through Dante's account she leaves. Afterwards she does not go to school for a week."
      end
      return t .. "\n\nMr. Tran closes the programme file. Whatever the court now does, the damage of these weeks is done."
    end,
    outcome = {
      victim = "Grace is harmed again by a process that was meant to help her, and trusts the justice system less than before.",
      accused = "Dante leaves without having repaired anything, either shamed in public or never brought to face what he did.",
      community = "The programme's reputation with families at both schools suffers, and the harm that started on the platform spreads further.",
    },
    debrief = [[Restorative processes can hurt the people they are meant to help when safeguards slip: a red flag ignored, a "yes" given under pressure, a conference held while the facts are denied, or terms designed to humiliate. Each of these was visible beforehand. The facilitator's job is to stop, assess and change course, up to ending the process, when the person harmed is at risk of being hurt again.]],
  },

  ending "returned-to-court" {
    title = "Back to court, no harsher",
    text = function(v)
      if v.return_reason == "denial" then
        return [[You end the conference gently. Grace's family is told plainly that Dante could not accept what the footage shows, and that this is why it stopped. The petition is filed on the original charge, nothing said in the programme goes into the file, and Grace keeps her counsellor and Ms. Hill.]]
      end
      return [[Dante does not come to the last meeting. You call Ms. Okafor yourself before she hears it elsewhere. The petition is filed on the original charge; you ask for nothing harsher, and nothing from Mr. Tran's notes goes into the file.]]
    end,
    outcome = {
      victim = "Grace is told honestly and promptly why the process ended, keeps her support, and sees the case go on.",
      accused = "Dante faces the original petition, no worse off than if he had never tried the programme.",
      community = "The programme's rules hold even when a case fails, so families and defence lawyers can keep trusting it.",
    },
    debrief = [[Not every restorative case ends in completion. When the accused cannot acknowledge the facts, or stops taking part, the case returns to the ordinary process, without delay and without a penalty for having tried. Using a failed attempt, or what was said during it, to argue for a harsher outcome would punish participation and make the next young person's lawyer advise against it.]],
  },

  ending "returned-harsher" {
    title = "Punished for trying",
    text = function(v)
      if v.harsher_from == "short" then
        return [[You file the petition and ask for probation with extra conditions. At the hearing Ms. Alvarez shows that Dante completed every term except $90 he could not earn after the car wash closed, and reads out Ms. Okafor's wish that he not be punished over the money. The judge asks why your office is seeking more than it would have sought at the start.]]
      end
      return [[You file the petition and ask for detention, citing his failure and what he said in the conference. Ms. Alvarez objects that the programme's terms forbid any use of those statements. The judge agrees, strikes them from the record and asks why your office is seeking more than it would have sought at the start.]]
    end,
    outcome = {
      victim = "Grace's wishes about the outcome are set aside, and the repair she took part in ends in a fight over punishment she did not ask for.",
      accused = "Dante is treated more harshly for having tried the programme than if he had gone straight to court.",
      community = "Young people and their lawyers learn that entering the programme is a risk, and referrals fall.",
    },
    debrief = [[A failure to complete, especially one driven by hardship, returns the case to the ordinary process; it is not a new offence. Seeking a harsher outcome because someone tried and fell short punishes participation, breaks the programme's bargain and makes every future defence lawyer more cautious. First ask whether the terms were proportionate and whether the plan can be adjusted.]],
  },
}
