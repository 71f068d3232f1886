-- The Deposit Envelope: a prosecutor scenario modelled on the Milwaukee County District
-- Attorney's Community Conferencing Program, where prosecutors and defence lawyers both take
-- part in conferences held inside the DA's office. Premise 10 in
-- shared/reference/restorative-practice.md B.7; programme notes from B.5, figures from B.8.
-- The programme's own case criteria are not in the sources, so the case does not rely on them.

return scenario {
  id = "milwaukee-corner-shop",
  version = 1,
  title = "The Deposit Envelope",
  role = "prosecutor",
  summary = [[A 22-year-old with no record takes $900 from the corner shop where he works. As the prosecutor in your office's community conferencing programme, you sit in the conference room yourself, beside his defence lawyer. You have to keep the office's promises: legal advice before any admission, the owner's free choice, no pressure from you in the room, confidentiality for what is said, and an agreement that turns into the charging decision it promised.]],
  minutes = 22,
  modelled_on = "Milwaukee County District Attorney's Office Community Conferencing Program (prosecutor and defence counsel take part in the conference)",
  speakers = { "Mr. Haddad", "Nadia", "Mrs. Banks", "Mateo", "Sofía", "Ms. Kowalski", "Ms. Grant", "Officer Dorsey" },
  figures = {
    {
      text = "Among Milwaukee community conferencing participants with no prior conviction, 8.8% were rearrested or charged within a year, against 27.6% of the control group. This is one cohort (cases from 2002), reported by the state's Legislative Audit Bureau.",
      source = "Wisconsin Legislative Audit Bureau (2004), evaluation of the Milwaukee County community conferencing programme; slideplayer.com/4515599",
    },
    {
      text = "Canberra's RISE experiments found that conferences lowered violent reoffending among young offenders, but found no difference for property crime or shoplifting. Offenders and victims rated conferences fairer than court.",
      source = "Canberra Reintegrative Shaming Experiments (RISE); rated 'Promising' by CrimeSolutions (U.S. Office of Justice Programs), crimesolutions.ojp.gov",
    },
    {
      text = "A 2023 meta-analysis of restorative justice for adults (27 studies, 34 samples) found a small fall in general reoffending and none in violent reoffending, with higher satisfaction, procedural justice and accountability reported by victims and participants.",
      source = "Criminology & Criminal Justice (2023), DOI 10.1177/17488958231215228",
    },
  },

  vars = {
    route = "none",          -- "precharge" | "postplea": when the conference happens
    uncounselled = false,    -- an admission was taken without his lawyer
    consent = "none",        -- "free" | "pressured": how Mr. Haddad came to the room
    stepped_back = false,    -- a pressured yes was undone and asked again properly
    overpromised = false,    -- Mr. Haddad was promised all $900 within a month
    ada_leads = false,       -- the prosecutor took over the questioning
    lawyer_out = false,      -- defence counsel was asked to wait outside
    wobbled = false,         -- Mateo called it "borrowing" in the room
    questioned = false,      -- the prosecutor questioned him about an unrelated theft
    leaked = false,          -- what Mateo said about the earlier theft went to the police
    terms = "none",          -- "fair" | "sign" | "heavy"
    breach = "none",         -- "interview" | "threat" | "room_threat" | "notes" | "more" | "leak"
  },

  start = "screening",

  ---------------------------------------------------------------------------
  -- 1. The charging screen
  ---------------------------------------------------------------------------
  scene "screening" {
    title = "Tuesday, 8:40 a.m., the District Attorney's Office",
    text = [[You are an Assistant District Attorney in Milwaukee County, assigned to the office's community conferencing programme. A police referral for charging is on your desk.

Mateo Ramírez, 22, worked part-time at Haddad Grocery, a corner shop on the near south side. Three Sundays ago, at closing, the shop camera shows him lifting an envelope from under the counter: $900, the week's payment for the wholesaler. Samir Haddad, the owner, fired him and called the police.

Officer Dorsey's report: Mateo told him on the phone that he wanted to speak to a lawyer first, and gave no statement. He has no record. The money has not been repaid.

The footage and the shop's cash count would support a misdemeanour theft charge. Mateo's lawyer, Ms. Kowalski, has written asking whether the conferencing programme is open to him.]],
    notes = [[The first question for any diversion is whether the office would charge the case at all: a conference is an alternative to a charge, not a way of reaching people the system would leave alone. The second is when: before a charge, after a plea, or not at all. Milwaukee's office has run conferences at more than one stage; its case criteria are not set out in the sources used here, so ask the room what they would want to know.]],
    questions = {
      "What in the file tells you this case would otherwise be charged?",
      "What does a theft charge, even one later dismissed, cost a 22-year-old with no record?",
    },
    choice { "Issue the misdemeanour charge now, and offer a conference before sentencing if he pleads guilty",
      id = "charge-then-conference", to = "defence_terms",
      set = { route = "postplea" },
      score = { due_process = 1, least_intrusive = -1 },
      feedback = [[Lawful, and a conference after a plea can still repair a great deal. But for a first-time $900 theft with a willing defendant, holding the charge is the milder route that still holds him to account: a charge on his record follows him into every job application whatever the conference achieves.]],
    },
    choice { "Confirm you would charge on this evidence, hold the charging decision, and offer the conferencing route through Ms. Kowalski, with Mr. Haddad to be asked separately",
      id = "hold-and-offer", to = "defence_terms",
      set = { route = "precharge" },
      score = { due_process = 2, least_intrusive = 2 },
      feedback = [[Good. The case would be charged, so the conference is a real alternative, not net-widening. Going through his lawyer respects his stated wish for advice, and asking Mr. Haddad separately keeps his choice his own. Holding the charge is the least intrusive route that still asks Mateo to put things right.]],
    },
    choice { "Ask Officer Dorsey to bring Mateo in today, without waiting for his lawyer, so you can hear whether he admits it before you offer anything",
      id = "detective-interview", to = "uncounselled",
      violation = "admission_before_counsel",
      set = { route = "precharge", uncounselled = true, breach = "interview" },
      score = { due_process = -3, voluntary = -2 },
      feedback = [[Mateo has already said he wants a lawyer. Having the police take his account first, so that you can judge his sincerity, is exactly the admission before legal advice that the safeguard forbids. Whether he is suitable for a conference is for his lawyer's advice and the facilitator's preparation to show.]],
    },
    choice { "Decline to charge: it is $900, he has no record, and the shop can sue him",
      id = "decline-charge", to = "no-charge",
      score = { least_intrusive = 1, victim_voice = -3, accountability = -2, repair = -2 },
      feedback = [[Light-touch, but this is a case your office would charge, and the only person it asks anything of is Mr. Haddad: to start a civil claim on his own. Nobody asks him what he needs, and Mateo never faces what the theft did.]],
    },
  },

  scene "uncounselled" {
    title = "Wednesday afternoon",
    text = [[Officer Dorsey calls back, pleased. He picked Mateo up at his sister's flat. In a recorded interview at the district station, Mateo said, "I took it. I'm sorry. I'll pay it back."

An hour later Ms. Kowalski is on the phone.

Ms. Kowalski: My client told your officer he wanted a lawyer. You had him interviewed anyway, and now you want him to trust your programme? I will move to suppress that recording, and right now I can't advise him to walk into a room with you.

The footage and the cash count are unaffected.]],
    choice { "Keep the recording: he admitted it freely, and the file is stronger with it",
      id = "keep-interview", to = "trust-broken",
      score = { due_process = -3, voluntary = -2 },
      feedback = [[The admission adds almost nothing to a case already proved by the footage, and relying on it compounds the first breach. It costs the trust that the programme needs from defence lawyers, who will remember how this office treated a client who asked for advice.]],
    },
    choice { "Put in writing that the recording will not be used for anything, in the programme or in court; apologise, and give Ms. Kowalski time to advise him",
      id = "disown-interview", to = "defence_terms",
      score = { due_process = 1, voluntary = 1 },
      feedback = [[The best repair available: own the mistake, take the recording off the table for good, and let counsel do her job before Mateo decides anything. It does not undo the interview, but it gives him back a free choice.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 2. Terms for the defence
  ---------------------------------------------------------------------------
  scene "defence_terms" {
    title = "Ms. Kowalski's three questions",
    text = function(v)
      local t = "Ms. Kowalski has met Mateo twice. He wants to take part."
      if v.route == "postplea" then
        t = t .. " He has been charged, and she expects him to plead if the conference is on offer."
      end
      if v.uncounselled then
        t = t .. " She has filed your letter about the recording."
      end
      return t .. [[


Ms. Kowalski: I'll advise him to take part if I have three things in writing. One: nothing he says in preparation or in the conference is used against him, in charging, at trial or at sentencing, or handed to the police. Two: what the office will do if he keeps the agreement. Three: what happens if there is no agreement.

Ms. Kowalski: And I'll be in the room. So will you, I gather. I'd like to know what you think you're there for.

Your supervisor wants the referral settled this week.]]
    end,
    notes = [[In Milwaukee's programme both lawyers take part in the conference, which changes their usual roles. Defence counsel's job is still to protect the client; she can only advise him to speak openly if what he says cannot be turned against him. Ask the room what the prosecutor gains, and loses, by putting the terms in writing.]],
    questions = {
      "Why would a defence lawyer advise silence without a written promise of confidentiality?",
      "What should Mateo be told about what happens if no agreement is reached?",
    },
    choice { "Promise only that the conference itself is off the record; what he tells the facilitator beforehand stays usable",
      id = "narrow-terms", to = "defence-declines",
      score = { due_process = -2, voluntary = -1, accountability = -1 },
      feedback = [[Preparation is where a person who caused harm says the most, so a promise that stops at the conference door protects very little. A careful lawyer will advise Mateo to stay away or say nothing, and a guarded conference is not worth having. Nothing has been used yet, so no safeguard is broken; the programme simply loses the case.]],
    },
    choice { "Tell her the offer lapses on Friday, and that if he turns it down you will ask for jail at sentencing",
      id = "deadline-threat", to = "defence_objects",
      violation = "coerced_accused",
      score = { voluntary = -3, due_process = -2, least_intrusive = -1 },
      feedback = [[Threatening a harsher outcome to get a quick yes is coercion. Taking part has to be a free choice, and refusing must leave Mateo no worse off than if the programme had never been offered. Jail for a first-time $900 theft is also a threat the office would not carry out, which makes it worse, not better.]],
    },
    choice { "Send signed terms: nothing said in preparation or the conference is used as evidence, in charging or at sentencing, or passed on without everyone's consent; set out what completion earns him, and that without an agreement the case goes on exactly as it would have, no harsher",
      id = "signed-terms", to = "victim_meeting",
      score = { due_process = 3, voluntary = 2 },
      feedback = [[This answers all three questions honestly. Confidentiality in writing lets Mateo speak openly, which is what accountability needs; it protects what Mr. Haddad says in the room too. Saying plainly that no agreement means no penalty keeps his choice free.]],
    },
  },

  scene "defence_objects" {
    title = "Thursday, 9:15 a.m.",
    text = [[Ms. Kowalski: Jail? For a first offence, $900, a man who wants to pay it back? You know you wouldn't ask for that, and so does every judge in this building. If the price of your programme is a yes by Friday under threat, my advice will be to say nothing and take his chances.

Ms. Grant, the programme's facilitator, is copied on the email. She asks you quietly whether she should still call Mr. Haddad.]],
    choice { "Withdraw the threat in writing, apologise, and send the full signed terms on confidentiality, completion and what happens without an agreement",
      id = "withdraw-threat", to = "victim_meeting",
      score = { voluntary = 1, due_process = 1 },
      feedback = [[Withdrawing the threat openly restores a free choice and puts the terms where they should have been from the start. Ms. Kowalski will remember the first call, but her client can now decide on fair terms.]],
    },
    choice { "Hold your position: a deadline is how you get cooperation",
      id = "hold-threat", to = "trust-broken",
      set = { breach = "threat" },
      score = { voluntary = -2, due_process = -2 },
      feedback = [[Holding the threat turns a voluntary programme into a plea bargain under pressure. Counsel will advise against it, and Mr. Haddad, who was never asked about a conference, gets a contested case instead.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 3. Mr. Haddad's choice
  ---------------------------------------------------------------------------
  scene "victim_meeting" {
    title = "The back office at Haddad Grocery",
    text = [[Ms. Grant meets Mr. Haddad and his daughter Nadia in the shop's back office. Halfway through, he asks to speak to "the lawyer from the DA", and she calls you on speaker.

Mr. Haddad: Twenty-two years I run this shop. I gave him the job because his sister asked me. Now you want me to sit in a room with him? Is this how you let him off? Tell me what you want me to do.

Nadia: Dad, you don't have to do anything.

Ms. Grant has told you that Mr. Haddad borrowed from his brother to pay the wholesaler, and that he now checks the camera every night before he sleeps.]],
    notes = [[The person harmed will often ask the prosecutor what to do. The honest answer is that the office wants nothing from him: the choice is his, and the case goes on fairly either way. A recommendation from the DA, however kind, is pressure. So is a promise the conference cannot keep.]],
    questions = {
      "How would you answer 'what do you want me to do?' without steering him?",
      "What does Mr. Haddad need to know about what happens if he says no?",
    },
    choice { "Tell him the office wants nothing from him: explain what a conference can and cannot do, that a no sends the case on as usual with restitution sought through court, that Nadia or anyone he chooses can come, and that the office's victim-witness staff will help him either way",
      id = "explain-evenly", to = "prep",
      set = { consent = "free" },
      score = { voluntary = 2, victim_voice = 3 },
      feedback = [[Right. He asked what you want, and the honest answer is nothing: his choice is real only if saying no costs him nothing. Laying out what each route can do, offering supporters, and keeping help in place whatever he decides is what free and informed consent looks like.]],
    },
    choice { "Tell him the conference is the quickest way to get his money back, and that a conviction would ruin a young man's life over $900",
      id = "recommend-it", to = "reluctant_yes",
      score = { voluntary = -2, victim_voice = -2 },
      feedback = [[A prosecutor recommending one route, and putting Mateo's future on Mr. Haddad's shoulders, is pressure however kindly meant. The choice stops being his.]],
    },
    choice { "Reassure him that at the conference Mateo will agree to pay back all $900 within a month, and that you'll see to it",
      id = "promise-payback", to = "prep",
      set = { consent = "free", overpromised = true },
      score = { voluntary = -1, victim_voice = -1, repair = -1 },
      feedback = [[You cannot promise what an agreement will say; the parties write it, and it has to be workable. Winning his yes with a figure and a deadline sets him up for disappointment in the room and puts pressure on the terms before anyone has spoken.]],
    },
  },

  scene "reluctant_yes" {
    title = "A reluctant yes",
    text = [[There is a pause on the line.

Mr. Haddad: If the DA says it's best, fine. I don't have time for court anyway. I have a shop to run.

Nadia starts to say something. He waves her off and goes back out to the till.

Nobody has told him he can say no, bring someone with him, or send his questions in writing instead of meeting.]],
    choice { "Take it as a yes and ask Ms. Grant to book the conference",
      id = "take-yes", to = "prep",
      violation = "no_victim_consent",
      set = { consent = "pressured" },
      score = { voluntary = -3, victim_voice = -3 },
      feedback = [[A tired "fine" given because the DA recommended it is not free consent. Convening on it puts Mr. Haddad in a room he never really chose, with the prosecutor he was deferring to sitting across the table.]],
    },
    choice { "Call back: apologise for leaning on him, tell him there is no need to decide now, and ask Ms. Grant to go through every option with him and Nadia properly",
      id = "step-back", to = "prep",
      set = { consent = "free", stepped_back = true },
      score = { voluntary = 1, victim_voice = 1 },
      feedback = [[Recognising a pressured yes and undoing it is the right call. Given time and a proper meeting, his answer becomes his own again, whichever way it goes.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 4. Roles in the room
  ---------------------------------------------------------------------------
  scene "prep" {
    title = "Who does what in the room",
    text = function(v)
      local t
      if v.consent == "pressured" then
        t = "Ms. Grant has a date. She has not managed to meet Mr. Haddad; he told her on the phone he is coming \"because the DA wants it\"."
      elseif v.stepped_back then
        t = "After a second meeting with Ms. Grant, Mr. Haddad says yes on his own terms: Nadia beside him, and his neighbour Mrs. Banks, who runs the block club. He wants to ask Mateo why."
      else
        t = "Two days later Mr. Haddad says yes, on his own terms: Nadia beside him, and his neighbour Mrs. Banks, who runs the block club. He wants to ask Mateo why."
      end
      return t .. [[ Mateo will bring his sister, Sofía.

Ms. Grant is preparing the conference, to be held in a meeting room on the DA's floor.

Ms. Grant: In this programme you and Ms. Kowalski both sit in. Mr. Haddad will look to you. Mateo will watch you. What is your part, and what is hers?

Ms. Kowalski wants to sit beside Mateo and be able to call a break. Officer Dorsey has offered to attend "to keep order".]]
    end,
    notes = [[Milwaukee's model brings both lawyers into the conference, which reshapes their usual roles and ethics. The prosecutor's authority fills the room: used well, it tells everyone the outcome is real; used badly, it turns the meeting into an interrogation. Agree roles before the day, not in the middle of it.]],
    questions = {
      "What should the prosecutor say in the room, and what should she leave to the facilitator?",
      "Why does defence counsel's presence matter more when the prosecutor is there?",
    },
    choice { "Ask Ms. Kowalski to wait outside: lawyers make people defensive",
      id = "lawyer-outside", to = "conference_open",
      set = { lawyer_out = true },
      score = { due_process = -2, safety = -1, respect = -1 },
      feedback = [[With the prosecutor in the room and his lawyer outside, the imbalance is obvious: the state's lawyer hears everything, his own hears nothing. If Mateo needs advice halfway through, it is on the other side of a door.]],
    },
    choice { "Agree the roles in writing: Ms. Grant runs the conference; you open with two minutes on the legal frame, then speak only if asked or if a term is one the office could not accept; Ms. Kowalski sits beside Mateo and may call a break; no uniformed officer",
      id = "define-roles", to = "conference_open",
      score = { respect = 2, due_process = 1, voluntary = 1, safety = 1 },
      feedback = [[Good. The facilitator keeps the process; you give the legal frame that makes the outcome real, then step back so the conversation belongs to the people in it. Counsel beside Mateo balances your presence, and leaving the uniform out keeps the room a meeting, not a charge room.]],
    },
    choice { "Tell Ms. Grant you will lead the questions: you know the file best, and Mateo needs to hear it from the office",
      id = "ada-leads", to = "conference_open",
      set = { ada_leads = true },
      score = { respect = -2, voluntary = -1, safety = -1 },
      feedback = [[The prosecutor asking the questions turns a conference into a cross-examination with the accused's victim watching. Mateo will answer the office, not Mr. Haddad, and everything he says will sound like evidence to him, whatever the written terms promise.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 5. The conference
  ---------------------------------------------------------------------------
  scene "conference_open" {
    title = "The conference, 5:30 p.m.",
    text = function(v)
      local t
      if v.consent == "pressured" then
        t = "A meeting room on the DA's floor. Mr. Haddad sits alone on one side. Across from him, Mateo sits beside Sofía"
      else
        t = "A meeting room on the DA's floor. Mr. Haddad sits between Nadia and Mrs. Banks. Across from them, Mateo sits beside Sofía"
      end
      if v.lawyer_out then
        t = t .. "; Ms. Kowalski is in the corridor."
      else
        t = t .. " and Ms. Kowalski."
      end
      if v.consent == "pressured" then
        t = t .. "\n\nHe sits with his arms folded and tells Ms. Grant he is only here because the DA asked. He has not looked at Mateo."
      else
        t = t .. "\n\nMr. Haddad has a folded sheet of questions in front of him. Mateo keeps his eyes on the table."
      end
      if v.ada_leads then
        t = t .. "\n\nMs. Grant has given you the chair at the head of the table."
      end
      return t .. "\n\nMs. Grant welcomes everyone, then turns to you for the legal frame."
    end,
    notes = [[The opening sets the tone. The prosecutor's few words should make the stakes clear without becoming a threat: what completion means, that what is said stays in the room, that Mateo may stop and the case simply goes on as before. If the trainee arrives on a pressured yes, watch whether they notice Mr. Haddad.]],
    questions = {
      "What is the difference between explaining the stakes and threatening with them?",
      "What should the person harmed hear from the prosecutor in the first minute?",
    },
    choice { "Ask Ms. Grant for a pause; speak to Mr. Haddad privately, tell him he can leave now with nothing held against anyone, and accept his answer",
      id = "pause-for-haddad", to = "returned",
      when = function(v) return v.consent == "pressured" end,
      score = { voluntary = 3, victim_voice = 3 },
      feedback = [[Right, and late. He is telling you he is here for the DA, not for himself. Consent can be withdrawn at any point; asking him directly, away from the room, lets him use that right. The mistake was the pressured yes that brought him here.]],
    },
    choice { "Remind Mateo that the footage is clear and that this is his one chance to stay uncharged",
      id = "warn-tomas", to = { { 0.7, "account_owns" }, { 0.3, "account_wobbles" } },
      when = function(v) return v.consent ~= "pressured" end,
      score = { respect = -2, voluntary = -2 },
      feedback = [[Everything in it is true, and it still lands as a threat from the person who decides whether he is charged. People who feel cornered defend themselves; you have made it harder for Mateo to speak plainly to the man he took from.]],
    },
    choice { "Carry on: he said yes, and everyone has come",
      id = "carry-on", to = "reharmed",
      when = function(v) return v.consent == "pressured" end,
      score = { voluntary = -2, victim_voice = -3, safety = -2 },
      feedback = [[Everyone being in the room is not consent. A man who says he is only here because the DA asked is telling you the choice was never his.]],
    },
    choice { "Open by telling the room how seriously the office takes theft from family businesses",
      id = "lecture-room", to = { { 0.7, "account_owns" }, { 0.3, "account_wobbles" } },
      when = function(v) return v.consent ~= "pressured" end,
      score = { respect = -2, victim_voice = -1 },
      feedback = [[A short speech about the office puts the office at the centre of a meeting that belongs to Mr. Haddad and Mateo. Mr. Haddad does not need you to tell him the theft was serious; he needs the room to hear him say what it did.]],
    },
    choice { "Give the frame you agreed, in plain words: completing the agreement means no charge, or the sentence it recommends; nothing said here is used; Mateo may stop at any time and the case goes on as before, no harsher. Then hand back to Ms. Grant",
      id = "legal-frame", to = { { 0.7, "account_owns" }, { 0.3, "account_wobbles" } },
      when = function(v) return v.consent ~= "pressured" end,
      score = { respect = 2, voluntary = 2, due_process = 1 },
      feedback = [[Good. Everyone now knows the outcome is real and that nobody is trapped: Mr. Haddad knows the office will act on the agreement, and Mateo knows he can speak without it being used against him. Handing straight back to the facilitator tells the room whose meeting it is.]],
    },
  },

  scene "account_owns" {
    title = "Mateo speaks",
    text = function(v)
      local t = "Ms. Grant asks Mateo what happened."
      if v.ada_leads then
        t = "You ask Mateo what happened. He answers you, not Mr. Haddad."
      end
      return t .. [[


Mateo: I took it. It was under the counter, like every Sunday. My rent was three weeks late and there was a notice on the door. I told myself I'd put it back Friday. I didn't.

Mateo: He gave me the job because Sofía asked. I made her look bad too.

He looks at the table.

Mateo: And it's not the first time. Two years ago I took $150 from the register at a gas station on Layton. Nobody ever found out.]] .. (v.lawyer_out
        and "\n\nAna stares at her brother. Ms. Kowalski is still in the corridor. Mr. Haddad looks at you."
        or "\n\nMs. Kowalski puts her pen down. Mr. Haddad looks at you.")
    end,
    notes = [[The hardest test of confidentiality is an admission nobody expected. The signed terms cover it: what is said in the conference is not used in charging or passed on. If Mateo wants to put the older theft right, that is for him to decide with his lawyer. A prosecutor who reaches for a notebook here ends the programme's credibility, in this room and with every defence lawyer in the county.]],
    questions = {
      "Why does the promise have to cover an offence nobody knew about?",
      "What could Mateo do about the gas station, and who should help him decide?",
    },
    choice { "Say nothing about it beyond a nod to Ms. Grant to carry on; under the signed terms it stays in the room, and if Mateo wants to put that right too, that is for him and his lawyer",
      id = "keep-confidence", to = "haddad_speaks",
      score = { due_process = 3, respect = 1 },
      feedback = [[Right. The promise you signed is tested exactly here, and kept. Mateo's honesty, which is what a conference is for, costs him nothing, and everyone in the room sees the office keep its word. Whether he makes amends to the gas station is his decision, with advice from his own lawyer.]],
    },
    choice { "Ask him, there and then, which gas station and when",
      id = "ask-details", to = "haddad_speaks",
      set = { questioned = true },
      score = { due_process = -2, respect = -2, voluntary = -1 },
      feedback = [[The moment the prosecutor starts asking for names and dates, the conference becomes an interview. Ms. Kowalski will call a break, Mateo will say nothing more that matters, and Mr. Haddad loses the rest of the account he came to hear. Nothing has been used yet, but the room has learned what you are listening for.]],
    },
    choice { "Write down the gas station and the date, and pass them to Officer Dorsey after the conference",
      id = "note-for-police", to = "haddad_speaks",
      violation = "statements_used",
      set = { leaked = true },
      score = { due_process = -3, voluntary = -2, respect = -1 },
      feedback = [[This breaks the written promise that nothing said in the conference is passed on or used in charging. Public-safety reasons do not change that: the police keep every ordinary tool, but not this one. And it will come out, because Mateo and his lawyer will recognise where the police got it.]],
    },
  },

  scene "account_wobbles" {
    title = "Mateo speaks",
    text = function(v)
      local t = "Ms. Grant asks Mateo what happened."
      if v.ada_leads then
        t = "You ask Mateo what happened. He answers you, not Mr. Haddad."
      end
      return t .. [[


Mateo: My rent was late. I was going to put it back Friday. I just... borrowed it.

Mr. Haddad half rises from his chair.

Mr. Haddad: Borrowed? You took it from under my counter and you never came back! Borrowed!

Mrs. Banks puts a hand on his arm. Sofía looks at the floor. Ms. Grant glances at you.]]
    end,
    notes = [[A wobble is common: people who caused harm often reach for a softer word under pressure. It is not a denial of the facts, and it is not the prosecutor's job to break it. A short break with counsel, and the facilitator asking again, usually does more than any confrontation. If it were a real denial, the conference would have to stop.]],
    questions = {
      "Is 'borrowed' a denial of the basic facts? What would be?",
      "What does a break with his lawyer make possible that pressure does not?",
    },
    choice { "Let it go: the money matters more than the word he uses",
      id = "move-on", to = "haddad_speaks",
      score = { accountability = -2, victim_voice = -1 },
      feedback = [[The word matters to Mr. Haddad: "borrowed" says the theft was a loan he never agreed to. Letting it stand leaves him feeling unheard and lets Mateo leave without having said plainly what he did.]],
    },
    choice { "Leave it to Ms. Grant, who calls a ten-minute break so Ms. Kowalski can talk with Mateo; say nothing yourself",
      id = "ask-break", to = "haddad_speaks",
      set = { wobbled = true },
      score = { respect = 2, accountability = 2, voluntary = 1 },
      feedback = [[Good. The facilitator handles the process and his own lawyer has the conversation that only she can have. After the break, Mateo tells Mr. Haddad: "I didn't borrow it. I took it. I'm sorry." That is worth more than anything you could have extracted.]],
    },
    choice { "Tell him the footage speaks for itself: he owns it now, or you issue the charge tonight",
      id = "charge-threat", to = "trust-broken",
      violation = "coerced_accused",
      set = { breach = "room_threat" },
      score = { voluntary = -3, respect = -2, accountability = -1 },
      feedback = [[Threatening a charge to force words out of him, in the room, is coercion by the one person who can carry the threat out. Ms. Kowalski will end his participation, and she will be right to.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 6. The agreement
  ---------------------------------------------------------------------------
  scene "haddad_speaks" {
    title = "What it did, and what would put it right",
    text = function(v)
      local t = ""
      if v.wobbled then
        t = "After the break Mateo says it plainly: he took it. "
      elseif v.questioned then
        t = "After a break Ms. Kowalski asked for, Mateo answers in single words. "
      end
      t = t .. [[Mr. Haddad tells him about the wholesaler, the loan from his brother, the camera he checks every night. Mrs. Banks says the shop is the only place on the block open after nine.

Asked what would make things right, Mr. Haddad wants his money, and one more thing.

Mr. Haddad: I want him outside my shop one Saturday with a sign. "I stole from this family." So people know.

Mateo earns $560 a week at a warehouse now; his rent is $950 a month. He offers $75 a week, and to help with the block club's Saturday clean-ups. Nadia suggests a letter.]]
      if v.overpromised then
        t = t .. "\n\nMr. Haddad: The DA told me all of it in one month."
      end
      return t .. "\n\nMs. Grant turns to you: is there anything the office could not accept?"
    end,
    notes = [[The parties write the agreement; the prosecutor's part is to say what the office can stand behind. That means proportionate, specific terms it would be willing to turn into a charging decision or a sentencing recommendation. Ask what the sign is for: often the person harmed wants the neighbourhood to know he is not an easy target, which can be met without humiliation.]],
    questions = {
      "How would you say no to the sign while taking Mr. Haddad's reason for it seriously?",
      "Which of these terms could a court, or your supervisor, check?",
    },
    choice { "Add what the office would ask in court: all $900 within 30 days, 80 hours' community service and a theft-awareness class",
      id = "office-terms", to = "recommendation",
      set = { terms = "heavy" },
      score = { repair = -2, least_intrusive = -2, voluntary = -1 },
      feedback = [[These are your terms, not theirs, and they are out of scale: $900 in a month is most of his pay after rent, and the hours and the class answer nothing Mr. Haddad asked for. A prosecutor adding conditions in the room also tells Mateo that the agreement was never really his to make.]],
    },
    choice { "Write in the sign: it is what the person harmed asked for",
      id = "sign-term", to = "recommendation",
      violation = "degrading_terms",
      set = { terms = "sign" },
      score = { respect = -3, repair = -2, victim_voice = 1 },
      feedback = [[Honouring the victim's wishes does not stretch to humiliation. A public sign repairs nothing, marks Mateo in his own neighbourhood, and the office cannot stand behind an agreement that degrades the person it binds.]],
    },
    choice { "Help them test it: $900 at $75 a week for twelve weeks, paid through the programme; a letter within two weeks; four Saturday clean-ups Mateo offered. Say the office cannot endorse the sign, and ask Mr. Haddad what he wants people to know",
      id = "workable-terms", to = "recommendation",
      set = { terms = "fair" },
      score = { repair = 3, respect = 2, victim_voice = 1, accountability = 1 },
      feedback = [[Good. Every term answers something Mr. Haddad or Nadia named, is sized to what Mateo earns, and can be checked. Saying no to the sign while asking what it was for keeps Mr. Haddad's need in the room: he wants the block to know the shop stands up for itself, and Mrs. Banks offers to say so at the next block club meeting.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 7. From agreement to charging decision
  ---------------------------------------------------------------------------
  scene "recommendation" {
    title = "Putting it on the file",
    text = function(v)
      local t = "Everyone signs the agreement."
      if v.terms == "sign" then
        t = t .. " Mateo signs the page with the sign on it last, without reading it again."
      elseif v.terms == "heavy" then
        t = t .. " Mateo looks at Ms. Kowalski before he signs."
      end
      if v.route == "postplea" then
        t = t .. [[ Mateo pleaded guilty last week. The judge will sentence once the agreement has run its course, and the office must say what it will recommend.

Your supervisor suggests probation with the agreement as conditions and a stayed jail term on top, "to give it teeth".]]
      else
        t = t .. [[ The office must now record what the agreement means for the charging decision.

Your supervisor suggests issuing the charge anyway and asking the court to make the agreement a condition of probation, "belt and braces".]]
      end
      return t .. [[


Officer Dorsey emails asking for Ms. Grant's conference notes "so the file is complete".]]
    end,
    notes = [[An agreement is only as good as what the office does with it. Before a charge, completion should mean the charge is never issued; after a plea, the agreement becomes a joint sentencing recommendation. Either way the file holds the terms, not what people said to reach them.]],
    choice { "Issue the charge anyway and ask the court to make the agreement a condition of probation",
      id = "charge-anyway", to = "promise-broken",
      when = function(v) return v.route == "precharge" end,
      set = { breach = "more" },
      score = { least_intrusive = -3, due_process = -2, voluntary = -1 },
      feedback = [[The signed terms told Mateo that completing the agreement meant no charge. Issuing one anyway, before he has broken anything, changes the bargain after he has kept his side of it, and every defence lawyer will notice.]],
    },
    choice { "Recommend probation with the agreement as conditions and a stayed jail term on top, so it has teeth",
      id = "stayed-jail", to = "promise-broken",
      when = function(v) return v.route == "postplea" end,
      set = { breach = "more" },
      score = { least_intrusive = -3, due_process = -2, voluntary = -1 },
      feedback = [[The signed terms told Mateo what completing the agreement would earn him. A jail term held over him on top of it, before he has broken anything, changes the bargain after he has kept his side of it, and every defence lawyer will notice.]],
    },
    choice { "Write a deferred-charging memo: the agreed terms and dates; if Mateo completes them, no charge is issued; the memo holds the terms only, not what anyone said. Copies to Ms. Kowalski and Mr. Haddad",
      id = "defer-charging", to = "follow_up",
      when = function(v) return v.route == "precharge" end,
      score = { due_process = 2, least_intrusive = 2, repair = 1 },
      feedback = [[Good. The agreement becomes the office's decision in writing, with dates that can be checked, and Mr. Haddad has the same copy as the defence. The file says what was agreed, not what was confessed, so nothing from the room can leak into a later charge.]],
    },
    choice { "Recommend, jointly with Ms. Kowalski, that the sentence adopt the agreement once it is complete: restitution on the agreed schedule, the letter and the clean-ups, and no jail; put the terms, not what was said, before the judge",
      id = "joint-recommendation", to = "follow_up",
      when = function(v) return v.route == "postplea" end,
      score = { due_process = 2, least_intrusive = 2, repair = 1 },
      feedback = [[Good. After a plea, the agreement reaches the court as a joint recommendation, so the judge sees what the people affected worked out and both lawyers stand behind it. Only the terms go before the court; what was said in the room stays there.]],
    },
    choice { "Attach Ms. Grant's conference notes to the file, so whoever picks it up later has the full picture",
      id = "attach-notes", to = "promise-broken",
      violation = "statements_used",
      set = { breach = "notes" },
      score = { due_process = -3, voluntary = -1 },
      feedback = [[A prosecution file is where charging decisions are made. Putting the conference notes in it is passing them on, whatever the intention, and it breaks the written promise on which Mateo and Mr. Haddad both spoke.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 8. Follow-up
  ---------------------------------------------------------------------------
  scene "follow_up" {
    title = "Week ten",
    text = function(v)
      if v.leaked then
        return [[Ms. Kowalski calls. Officer Dorsey has been to the gas station on Layton, asking about a register theft two years ago, by name.

Ms. Kowalski: There is one place he could have got that. My client stopped paying last week; he says the whole thing was a trap. I'm advising him to withdraw.

Mr. Haddad has heard from Sofía. He asks Ms. Grant whether what he said in that room is in a police file too.]]
      end
      local t = "Ms. Grant's monitoring report. The letter came in week two; Mr. Haddad read it and put it in the drawer under the till."
      if v.terms == "sign" then
        t = t .. " Mateo stood outside the shop with the sign one Saturday; someone posted a photo, and his warehouse supervisor saw it."
      elseif v.terms == "heavy" then
        t = t .. " Mateo has done 30 of the 80 hours and missed the class."
      else
        t = t .. " Mateo has done three clean-ups with Mrs. Banks."
      end
      return t .. [[ He has paid $600.

His warehouse cut his shifts for two weeks. Through Ms. Kowalski, he asks for three more weeks to pay the last $300. Mr. Haddad has told Ms. Grant he is fine with that.]] .. (v.route == "postplea"
        and "\n\nYour supervisor: \"Twelve weeks means twelve weeks. Tell the judge he failed and ask for jail.\""
        or "\n\nYour supervisor: \"Twelve weeks means twelve weeks. Issue the charge.\"")
    end,
    notes = [[Monitoring is there to keep the agreement workable, not to catch people out. A short delay caused by lost shifts, agreed by the person owed the money, is an adjustment, not a breach. Treating it as failure and charging would make the office harsher than if he had never tried.]],
    questions = {
      "Who should decide whether the deadline moves?",
      "What would charging now teach the next defence lawyer deciding whether to recommend the programme?",
    },
    choice { "Agree the three weeks in writing with Mr. Haddad's consent, keep the monitoring going, and do exactly what the office promised when the last payment comes in",
      id = "agree-extension", to = "repaired",
      when = function(v) return not v.leaked end,
      score = { repair = 2, least_intrusive = 1, victim_voice = 1 },
      feedback = [[Right. He has paid every week he could; the delay is about shifts, not willingness, and the person owed the money has agreed. Writing the new date down keeps everyone's copy the same, and keeping your promise on completion is what makes the next agreement possible.]],
    },
    choice { "Treat the missed deadline as a breach and issue the charge",
      id = "breach-charge", to = "charged-after-repair",
      when = function(v) return not v.leaked and v.route == "precharge" end,
      violation = "punished_after_agreement",
      score = { least_intrusive = -3, repair = -2, due_process = -2 },
      feedback = [[Mateo has done almost everything and is three weeks from finishing, with Mr. Haddad's blessing. Charging him now makes his attempt at repair the reason for a harsher outcome than he would have had without it, and it takes from Mr. Haddad the last $300 he was about to receive.]],
    },
    choice { "Treat the missed deadline as a failure: tell the judge so, and ask for jail at sentencing",
      id = "breach-sentence", to = "charged-after-repair",
      when = function(v) return not v.leaked and v.route == "postplea" end,
      violation = "punished_after_agreement",
      score = { least_intrusive = -3, repair = -2, due_process = -2 },
      feedback = [[Mateo has done almost everything and is three weeks from finishing, with Mr. Haddad's blessing. Asking for jail because of the delay makes his attempt at repair the reason for a harsher sentence than the one the office agreed to recommend, and it takes from Mr. Haddad the last $300 he was about to receive.]],
    },
    choice { "Waive the last $300 yourself and close the file today",
      id = "waive-rest", to = "closed-short",
      when = function(v) return not v.leaked end,
      score = { victim_voice = -2, repair = -2 },
      feedback = [[Generous to Mateo, but the money is Mr. Haddad's, not the office's. Nobody asked him, and he had already agreed to wait. Closing early also takes from Mateo the chance to finish what he started.]],
    },
    choice { "Say the office has no idea how the police found out",
      id = "deny-leak", to = "promise-broken",
      when = function(v) return v.leaked end,
      set = { breach = "leak" },
      score = { due_process = -2, respect = -2 },
      feedback = [[Ms. Kowalski already knows where the information came from. Denying it adds a lie to the broken promise and guarantees that no lawyer she talks to will trust the programme.]],
    },
    choice { "Tell Ms. Kowalski and Mr. Haddad the truth, withdraw what you passed to Officer Dorsey in writing, and apologise",
      id = "own-leak", to = "promise-broken",
      when = function(v) return v.leaked end,
      set = { breach = "leak" },
      score = { due_process = 1, respect = 1 },
      feedback = [[Honesty is the only thing left that helps. It will not restore the programme's promise for Mateo, but it tells both families the truth and gives the office a chance to be trusted again.]],
    },
  },

  ---------------------------------------------------------------------------
  -- Endings
  ---------------------------------------------------------------------------
  ending "repaired" {
    title = "Paid back, and the promise kept",
    text = function(v)
      local t = "The last $300 comes in at the end of week fifteen. "
      if v.route == "postplea" then
        t = t .. "At sentencing the judge adopts the joint recommendation; Mateo leaves court with no jail and the agreement already complete."
      else
        t = t .. "You close the memo: no charge is issued, and Ms. Kowalski writes to Mateo that the matter is over."
      end
      return t .. [[


Mrs. Banks tells the block club that the shop had money stolen and got every dollar back. Mr. Haddad has hired someone new for Sundays. Mateo still comes to the clean-ups.]]
    end,
    outcome = {
      victim = "Mr. Haddad has his $900, the answers he asked for, a letter he kept, and a say over every change to the plan.",
      accused = "Mateo repaid every dollar and faced the family he took from; the office did exactly what it promised on completion.",
      community = "The block's only late shop stays open and trusted, and defence lawyers see the programme keep its word.",
    },
    debrief = [[This is the Milwaukee model working: the prosecutor and the defence lawyer both in the room, each doing their own job. You gave the legal frame and then stepped back; counsel protected her client; the facilitator ran the meeting. Confidentiality in writing let Mateo speak honestly, and the agreement became the charging decision it promised to be. One Milwaukee cohort did far better on rearrest than its control group, but that is one cohort, and property-crime results elsewhere are mixed: the case for doing it well rests on what it gives the people in the room.]],
  },

  ending "no-charge" {
    title = "Declined",
    text = [[You mark the referral "declined: minor value, no record". Officer Dorsey tells Mr. Haddad, who asks whether that means Mateo just keeps the money. Nadia looks up how to file in small claims court.

Mateo hears through Sofía that nothing will happen. He never contacts the shop.]],
    outcome = {
      victim = "Mr. Haddad is left to chase $900 himself, and nobody ever asked what he needed.",
      accused = "Mateo has no record and no obligation, and never faces what the theft did to the family that hired him.",
      community = "The block learns that stealing from the corner shop costs nothing, and the owner becomes warier of hiring local young people.",
    },
    debrief = [[Least intrusive does not mean doing nothing in a case the office would charge. A conference, or even an ordinary charge with restitution, would have asked something of Mateo and given Mr. Haddad a voice. Declining outright leaves all of the cost on the person harmed.]],
  },

  ending "defence-declines" {
    title = "Defence declines",
    text = [[Ms. Kowalski writes that, without protection for what Mateo says in preparation, she has advised him not to take part. He agrees. The case goes on in the ordinary way: a misdemeanour theft conviction on a plea, and a restitution order that the court sets at $50 a month.

Mr. Haddad, who was never asked about a conference, receives a form letter with the case number.]],
    outcome = {
      victim = "Mr. Haddad gets a restitution order he will chase for a year and a half, and never hears why it happened.",
      accused = "Mateo, properly advised, takes a conviction instead of the programme.",
      community = "A case well suited to repair goes through court because the office would not put its own confidentiality rule in writing.",
    },
    debrief = [[Preparation is where people who caused harm say the most. A promise of confidentiality that stops at the conference door leaves them choosing between honesty and self-protection, and a careful lawyer will choose protection for her client. Narrow promises do not produce careful conferences; they produce no conferences.]],
  },

  ending "trust-broken" {
    title = "Trust broken",
    text = function(v)
      if v.breach == "room_threat" then
        return [[Ms. Kowalski stands up. "We're done." She walks Mateo out. Mr. Haddad is left at the table with his folded questions, and asks Ms. Grant why the DA was allowed to shout at someone in his meeting.

The case goes back to court in the ordinary way. Mateo pleads; the court sets restitution. He never speaks to Mr. Haddad again.]]
      elseif v.breach == "threat" then
        return [[Ms. Kowalski advises Mateo to decline. The case goes through court in the ordinary way; at the first hearing she tells the judge, on the record, why her client would not take part. It resolves with a plea and a restitution order. Mr. Haddad, never asked about a conference, gets a form letter.]]
      end
      return [[Ms. Kowalski moves to suppress the recording and advises Mateo to decline the programme. The charge is issued, and weeks go on the fight over the interview before a plea. Mr. Haddad, never asked about a conference, is told only that the case is "in litigation".]]
    end,
    outcome = {
      victim = "Mr. Haddad waits months for a court order, with no answers to the questions he had and no say in what happened.",
      accused = "Mateo goes through court with a conviction instead of the programme, and learns that the office's offers come with traps.",
      community = "Word goes round the defence bar that the programme's promises cannot be relied on, and fewer clients are advised to take part.",
    },
    debrief = [[A programme run inside the DA's office depends on defence lawyers trusting it. Taking an admission from someone who has asked for a lawyer, or threatening a harsher outcome to force a yes or force words out of him, saves minutes and costs the case. The prosecutor's power is the reason these safeguards matter more in Milwaukee's model, not less.]],
  },

  ending "returned" {
    title = "Back to the ordinary process, no harsher",
    text = function(v)
      local t = [[Mr. Haddad tells you, in the corridor, that he does not want to do this. He wanted his money and for someone to be in trouble, and he thought saying yes was what the DA wanted.

You thank him and end the conference. ]]
      if v.route == "postplea" then
        t = t .. "The case goes on in court as it would have without the programme, and at sentencing you ask for no more than you would have at the start."
      else
        t = t .. "The case goes back to ordinary screening on the footage alone."
      end
      return t .. " Nothing said tonight goes into the file. The office's victim-witness staff help him apply for restitution through the court."
    end,
    outcome = {
      victim = "Mr. Haddad gets his no heard at last, keeps his support, and sees the case go on.",
      accused = "Mateo faces the ordinary charge, no worse off for having agreed to take part.",
      community = "The programme's rules hold even when a case stops, but a conference that could have happened on honest terms did not.",
    },
    debrief = [[Stopping was right, and it was the only good move left. The mistake was earlier: a prosecutor recommending the conference to the person harmed turned his yes into deference. When a victim asks what the DA wants, the answer is that the office wants nothing from him, and that his no will cost him nothing.]],
  },

  ending "reharmed" {
    title = "Mr. Haddad is hurt again",
    text = [[Mr. Haddad answers Ms. Grant's questions in single words. When Mateo apologises, Mr. Haddad says, to you, "Are we finished?" He signs whatever is put in front of him and leaves without his coat.

A week later Nadia calls the office. Her father says the DA made him sit with the man who robbed him "so the boy gets off". He has stopped answering calls from the programme.]],
    outcome = {
      victim = "Mr. Haddad was made to sit through a meeting he never chose, and trusts the justice system less than before.",
      accused = "Mateo leaves with an agreement that the person he harmed does not believe in, and no real repair.",
      community = "The programme's name on the block is now the DA making shop owners sit down with thieves.",
    },
    debrief = [[A yes given because the prosecutor recommended it is not consent, and it does not become consent because everyone turned up. When the person harmed says he is only there for the DA, the process has to stop and ask him, privately, whether he wants to go on.]],
  },

  ending "promise-broken" {
    title = "Promise broken",
    text = function(v)
      if v.breach == "leak" then
        return [[Mateo stops paying and Ms. Kowalski withdraws him from the programme, and the case goes back to court. The gas station, it turns out, never kept its records. Mr. Haddad has $600 of his $900, and tells Ms. Grant that he wishes he had never said a word in that room.]]
      elseif v.breach == "notes" then
        return [[Within a month Ms. Kowalski learns that the conference notes are on the prosecution file. She moves to have the agreement enforced on its terms and tells every lawyer in her office. Mateo keeps paying; he stops coming to the clean-ups, and he will not look at Ms. Grant.]]
      end
      return [[Ms. Kowalski objects that the office is asking for more than the agreement it signed. The judge asks your office why. Mateo keeps paying, but tells Sofía that the conference was a trick to get a conviction. Mr. Haddad, who asked for no such thing, is asked to come to court.]]
    end,
    outcome = {
      victim = "Mr. Haddad's words in a confidential meeting, or the agreement he helped write, are turned to a purpose he never agreed to.",
      accused = "Mateo kept his side and the office did not; he faces a charge, a harsher sentence or a police file built from his own honesty.",
      community = "Defence lawyers learn that the office's written promises can be bargained away, and the programme loses the trust it runs on.",
    },
    debrief = [[Two promises make a prosecutor-run conference possible: nothing said in it is used against anyone, and completing the agreement earns exactly what the office wrote down. Breaking either, even for a real public-safety reason, turns the conference into an investigative tool and teaches every defence lawyer in the county to keep clients away.]],
  },

  ending "charged-after-repair" {
    title = "Punished for trying",
    text = function(v)
      local t
      if v.route == "postplea" then
        t = [[At sentencing you tell the judge the agreement failed and ask for 30 days in jail. Ms. Kowalski files the agreement, the payment record and Mr. Haddad's note agreeing to the extension. The judge asks your office why it wants jail for a man who has repaid $600 of $900 and was three weeks from finishing.]]
      else
        t = [[You issue the charge at the end of week twelve. Ms. Kowalski files the agreement, the payment record and Mr. Haddad's note agreeing to the extension. The judge asks your office why a man who has repaid $600 of $900 is facing a charge the office promised not to bring.]]
      end
      return t .. [[


Mr. Haddad stops receiving payments. Sofía tells Mrs. Banks her brother "should have just gone to court".]]
    end,
    outcome = {
      victim = "Mr. Haddad loses the last $300 he had agreed to wait for, and his agreement to the extension is ignored.",
      accused = "Mateo is treated more harshly for having tried than if he had never taken part.",
      community = "The next person offered the programme, and the next lawyer advising them, will think twice.",
    },
    debrief = [[A short delay caused by lost shifts, agreed by the person owed the money, is an adjustment, not a breach. When an agreement does fail, the case returns to the ordinary process, no harsher than it would have been; using the attempt at repair to justify more punishment makes taking part a risk.]],
  },

  ending "closed-short" {
    title = "Closed, $300 short",
    text = [[You close the file and tell Ms. Kowalski the rest is waived. Mateo stops paying the same week.

Ms. Grant calls Mr. Haddad to explain. There is a long silence.

Mr. Haddad: I said I'd wait. Nobody asked me if I'd give it up.]],
    outcome = {
      victim = "Mr. Haddad is $300 short, and the one decision about his own money was made without him.",
      accused = "Mateo walks away with no charge and an unfinished agreement he was willing to finish.",
      community = "The agreement ends as the office's gift rather than the parties' work, and the shop's trust in it goes with the $300.",
    },
    debrief = [[Kindness to the person who caused harm cannot be paid for with the person harmed's money. Mr. Haddad had already agreed to wait; the right adjustment was the one he consented to, which would also have let Mateo finish what he started.]],
  },
}
