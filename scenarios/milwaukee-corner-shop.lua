-- The Deposit Envelope: a prosecutor scenario modelled on the Milwaukee County District
-- Attorney's Community Conferencing Program, where prosecutors and defense lawyers both take
-- part in conferences that a trained facilitator runs. Premise 10 in
-- shared/reference/restorative-practice.md B.7; program notes from B.5, figures from B.8.
-- The program's own case criteria are not in the sources, so the case does not rely on them.
-- Net-widening here is taught as pulling unproven conduct (the register shortages) into a
-- diversion because "it is only a conference", not as a bystander swept in.

return scenario {
  id = "milwaukee-corner-shop",
  version = 3,
  title = "The Deposit Envelope",
  role = "prosecutor",
  summary = [[A 22-year-old with no record takes $900 from the corner store where he works. As the prosecutor on your office's community conferencing program, you decide whether to hold the charge, what to promise his defense lawyer, how to take part in a conference a facilitator runs, which terms the office can approve, and what to do when the payments slip. The store owner also blames him for money nobody can prove he took.]],
  minutes = 20,
  modelled_on = "Milwaukee County District Attorney's Office Community Conferencing Program (prosecutor and defense counsel take part; a trained facilitator runs the conference)",
  speakers = { "Mr. Haddad", "Nadia", "Mateo", "Ms. Kowalski", "Ms. Grant", "Mrs. Banks" },
  figures = {
    {
      text = "Among Milwaukee community conferencing participants with no prior conviction, 8.8% were rearrested or charged within a year, against 27.6% of the control group. This is one cohort (cases from 2002), reported by the state's Legislative Audit Bureau.",
      source = "Wisconsin Legislative Audit Bureau (2004), evaluation of the Milwaukee County community conferencing program; slideplayer.com/4515599",
    },
    {
      text = "Canberra's RISE experiments found that conferences lowered violent reoffending among young violent offenders, but found no difference for property crime or shoplifting. Offenders and victims rated conferences fairer than court.",
      source = "Canberra Reintegrative Shaming Experiments (RISE); rated 'Promising' by CrimeSolutions (U.S. Office of Justice Programs), crimesolutions.ojp.gov",
    },
    {
      text = "A 2023 meta-analysis of restorative justice for adults (27 studies, 34 samples) found a small fall in general reoffending and none in violent reoffending, with higher satisfaction, procedural justice and accountability reported by victims and participants.",
      source = "Criminology & Criminal Justice (2023), DOI 10.1177/17488958231215228",
    },
  },

  vars = {
    route = "precharge",     -- "precharge" | "postplea"
    widened = false,         -- the register shortages were referred with the envelope
    pressured = false,       -- Mr. Haddad was told the office recommends the conference
    uncounselled = false,    -- Mateo's account was taken on the phone without his lawyer
    guarded = false,         -- preparation was left outside the written confidentiality
    threatened = false,      -- the office threatened a harsher outcome for a quick yes
    ada_leads = false,       -- the prosecutor took over the questions
    pushed = false,          -- the conference went on although Mr. Haddad was there for the DA
    lawyer_out = false,      -- defense counsel was asked to wait outside
    heavy = false,           -- the office added community service and a class
    noted = false,           -- the facilitator's notes went on the prosecution file
    charged = false,         -- the charge was issued although the agreement held
  },

  start = "screening",

  ---------------------------------------------------------------------------
  -- 1. The charging screen
  ---------------------------------------------------------------------------
  scene "screening" {
    title = "Tuesday, 8:40 a.m., the District Attorney's Office",
    text = [[You are an Assistant District Attorney in Milwaukee County, assigned to the office's community conferencing program.

Mateo Ramírez, 22, worked part-time at Haddad Grocery on the near south side. The store camera shows him taking an envelope with $900, the week's payment for the wholesaler, from under the counter. He asked for a lawyer and gave no statement. He has no record.

Samir Haddad's statement adds that $400 went missing from the register over the summer and that it "must have been Mateo too". Three other employees used that register; there is no footage and no count. Mr. Haddad told the officer he wants Mateo charged.

Mateo's lawyer, Ms. Kowalski, asks whether the program is open to him. Your supervisor notes that the unit's referrals are down this quarter.]],
    notes = [[A conference is an alternative to a charge, so it may only take conduct the office could charge. The envelope is on camera; the register shortages are a suspicion. Net-widening is not only about new people: it is also pulling unproven conduct into a diversion because "it is only a conference". Wisconsin theft of property under $2,500 is a misdemeanor [verify the class and current threshold].]],
    questions = {
      "Why is 'it's only a conference' not a reason to lower the evidence bar?",
      "Mr. Haddad wants a charge. How much should that decide the route?",
    },
    choice { "Charge the envelope theft now, as Mr. Haddad asked, and offer a conference before sentencing if Mateo pleads",
      id = "charge-then-conference", to = "haddad_call",
      set = { route = "postplea" },
      score = { victim_voice = 1, least_intrusive = -3 },
      feedback = [[Lawful, and it does what Mr. Haddad asked. But a conviction follows a 22-year-old with no record into every job application, and holding the charge would still have held him to account. You gained the victim's wish for a charge and lost the least intrusive route.]],
    },
    choice { "Hold the charge on the envelope, refer only that to the program through Ms. Kowalski, and leave the register out",
      id = "hold-and-refer", to = "haddad_call",
      score = { least_intrusive = 2, due_process = 1, victim_voice = -1 },
      feedback = [[The envelope is a case the office would charge, so the conference is a real alternative. The register is not: there is no evidence it was Mateo. The cost is that Mr. Haddad did not get the charge he asked for, and his summer losses are not part of it.]],
    },
    choice { "Refer the envelope and the register money together, so one conference can settle everything Mr. Haddad lost",
      id = "refer-both", to = "widened_objection",
      violation = "net_widening",
      set = { widened = true },
      score = { least_intrusive = -2, due_process = -2, victim_voice = -1, accountability = -1 },
      feedback = [[The office could never charge the register money: three others used it and nothing points to Mateo. Putting it into a diversion because the program asks for less proof than a court is net-widening. It reaches conduct the system would have left alone, and it asks Mateo to answer for it without evidence.]],
    },
  },

  scene "widened_objection" {
    title = "Wednesday, a call from the defense",
    text = [[Ms. Kowalski: The envelope, fine. The register? You have nothing on the register. You'd never file it, and you know it. If your referral says he'll answer for that money, I'll advise him to take his chances in court.

Your supervisor, copied, writes: "Mr. Haddad will be glad it's all in one place."]],
    choice { "Keep it in: the conference is the place for Mr. Haddad to ask about the register, and Mateo can say no",
      id = "keep-register", to = "trust-broken",
      score = { due_process = -2, least_intrusive = -1, voluntary = -1 },
      feedback = [[Mateo cannot freely say no to a referral that makes him answer for unproven conduct: the price of the program becomes accepting it. Ms. Kowalski does her job and advises him to decline, and a case well suited to repair goes to court.]],
    },
    choice { "Withdraw the register in writing, tell Ms. Kowalski the referral covers the envelope only, and tell your supervisor why",
      id = "withdraw-register", to = "haddad_call",
      score = { due_process = 1, least_intrusive = 1 },
      feedback = [[The right repair: the referral now covers only what the office could prove. It does not undo the first letter, but it gives Mateo a referral he can accept on its merits.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 2. The person harmed
  ---------------------------------------------------------------------------
  scene "haddad_call" {
    title = "Thursday, Mr. Haddad calls",
    text = function(v)
      local t = [[Ms. Grant, the program's trained facilitator, has written to Mr. Haddad. He calls you instead, with his daughter Nadia on speaker.

Mr. Haddad: The lady from your program wants me to sit with him. I told the officer I want him charged. So what does the DA want me to do?]]
      if v.route == "postplea" then
        t = t .. "\n\nMateo pleaded on Monday; sentencing is set for the spring."
      end
      return t .. "\n\nNadia: We need to know by Friday. The wholesaler bill is due."
    end,
    notes = [[A person harmed who asks the prosecutor "what do you want me to do?" is telling you how much weight your answer carries. The prosecutor can explain the routes; the choice, and the conversation about what meeting involves, belong to him and the facilitator.]],
    choice { "Tell him honestly that the office thinks the conference is his better option, and that most victims are glad they went",
      id = "recommend", to = "mateo_calls",
      set = { pressured = true },
      score = { voluntary = -3, victim_voice = -2 },
      feedback = [[Sincere, and perhaps true. But a shop owner who asks what the DA wants will hear a recommendation as an instruction. His yes is now partly yours, and that will show in the room.]],
    },
    choice { "Say the choice is his and Ms. Grant will explain everything; you should not discuss the case with him",
      id = "hands-off", to = "mateo_calls",
      score = { voluntary = 1, due_process = 1, victim_voice = -1 },
      feedback = [[Careful not to lean on him, and it keeps the charging office out of a conversation that belongs to the facilitator. But he asked a fair question about his own case and got no answer: the prosecutor can explain what each route means for him without recommending one.]],
    },
    choice { "Say the office wants nothing from him: it seeks the $900 either way, and a no costs him nothing",
      id = "nothing-from-you", to = "mateo_calls",
      score = { voluntary = 2, victim_voice = 1 },
      feedback = [[Plain and true. He knows the money is pursued whatever he decides, so his answer to Ms. Grant can be his own.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 3. The accused calls without his lawyer
  ---------------------------------------------------------------------------
  scene "mateo_calls" {
    title = "Friday, 4:50 p.m.",
    text = [[Ms. Kowalski is in a jury trial until the end of next week. Your phone rings: it is Mateo.

Mateo: I want to do the program. I want to say sorry to Mr. Haddad. I can tell you everything right now, I don't need to wait for her.

Ms. Grant emails the same minute: Mr. Haddad has said yes to meeting, and Nadia asks whether it can happen before the end of the month.]],
    notes = [[The brief's classic dilemma: the person harmed wants speed; the accused wants to talk; his lawyer is unavailable. Waiting costs the Haddads a week or two. Hearing his account now is an admission before legal advice, whatever his good intentions.]],
    questions = {
      "What could Mateo lose by explaining 'everything' before his lawyer has advised him?",
    },
    choice { "Stop him kindly, take no details, and write to Ms. Kowalski so she can advise him after her trial",
      id = "wait-for-counsel", to = "defense_terms",
      score = { due_process = 2, voluntary = 1, victim_voice = -1 },
      feedback = [[Right, and it costs something: the Haddads wait about two more weeks. An admission is only worth having once he knows what it can lead to, and that is his lawyer's job.]],
    },
    choice { "Let him talk: he called you, he wants to own it, and the Haddads are waiting on the office",
      id = "let-him-talk", to = "defense_terms",
      violation = "admission_before_counsel",
      set = { uncounselled = true },
      score = { due_process = -3, voluntary = -1, victim_voice = -1 },
      feedback = [[His wish to apologize is real, but he has a lawyer who has not yet told him what an admission to the charging prosecutor can do. Taking it now is the admission before legal advice the program promises not to take.]],
    },
    choice { "Book him with Ms. Grant for preparation next week, and tell him to say nothing about the facts until then",
      id = "prep-now", to = "defense_terms",
      score = { victim_voice = 1, due_process = -1, voluntary = -1 },
      feedback = [[Faster for the Haddads, and you warned him. But preparation is where he will be asked what happened, and he would go into it before his lawyer has advised him on the terms. Speed for the victim was bought with his right to advice.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 4. Terms for the defense
  ---------------------------------------------------------------------------
  scene "defense_terms" {
    title = "Ms. Kowalski's three questions",
    text = function(v)
      local t = "Ms. Kowalski is back from trial and has met Mateo twice. He wants to take part."
      if v.uncounselled then
        t = t .. " She knows he talked to you on the phone, and she is not pleased."
      end
      return t .. [[


Ms. Kowalski: I'll advise him to go ahead if I have three things in writing. What he says to the facilitator or in the room is never used against him or handed to the police. What the office does if he keeps the agreement. What happens if there is no agreement.

Your supervisor wants the referral settled by Friday.]]
    end,
    notes = [[In Milwaukee's program both lawyers take part in the conference. Defense counsel can only advise her client to speak openly if what he says cannot be turned against him.]],
    choice { "Put in writing that the conference is confidential; preparation is the facilitator's business, not the office's",
      id = "narrow-terms", to = "prep",
      set = { guarded = true },
      score = { due_process = -2, voluntary = -1, accountability = -1 },
      feedback = [[Preparation is where people say the most, so a promise that stops at the conference door protects little. Ms. Kowalski will advise Mateo to be careful with the facilitator, and a careful account is a thin one.]],
    },
    choice { "Sign all three: nothing said in preparation or the room is used or passed on; completion earns what you write; no agreement, nothing harsher",
      id = "signed-terms", to = "prep",
      score = { due_process = 3, voluntary = 2 },
      feedback = [[This answers her honestly. Confidentiality in writing lets Mateo speak openly, which is what accountability needs, and it protects what Mr. Haddad says too. A no that costs nothing keeps the choice free.]],
    },
    choice { "Say the offer stands until Friday; after that the office will oppose any leniency for him, in charging or sentencing",
      id = "deadline-threat", to = "threat_fallout",
      violation = "coerced_accused",
      set = { threatened = true },
      score = { voluntary = -3, due_process = -2, accountability = -1 },
      feedback = [[Your supervisor's deadline is real, but a yes bought with the threat of a worse outcome is not voluntary. Refusing the program must leave Mateo no worse off than if it had never been offered.]],
    },
  },

  scene "threat_fallout" {
    title = "Thursday, 9:15 a.m.",
    text = [[Ms. Kowalski: Oppose any leniency, for a first offense and a man who wants to pay it back? If the price of your program is a yes under threat, my advice is silence and court.

Ms. Grant, copied, asks whether she should still prepare Mr. Haddad.]],
    choice { "Withdraw the deadline in writing, apologize, and send signed terms on confidentiality, completion and no agreement",
      id = "withdraw-threat", to = "prep",
      score = { voluntary = 1, due_process = 2 },
      feedback = [[Owning the mistake quickly is the only repair. Mateo's choice is free again, though Ms. Kowalski will watch you closely in the room.]],
    },
    choice { "Hold the deadline: your supervisor set it, and the victim should not wait on one lawyer's calendar",
      id = "hold-deadline", to = "trust-broken",
      score = { voluntary = -2, due_process = -1 },
      feedback = [[A deadline backed by a threat is still a threat. Ms. Kowalski advises silence, and the program loses a case it was built for.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 5. Roles in the room
  ---------------------------------------------------------------------------
  scene "prep" {
    title = "Ms. Grant's preparation",
    text = function(v)
      local t = [[Ms. Grant has met both sides. Mr. Haddad will bring Nadia and a written list of questions. Mateo will bring his sister Sofía. Mrs. Banks from the block club will come too; both sides agreed.

Ms. Grant: I run the conference. In this program you and Ms. Kowalski are at the table. How do you want to take part?]]
      if v.guarded then
        t = t .. "\n\nShe adds that Mateo said very little in preparation, on his lawyer's advice."
      end
      return t
    end,
    notes = [[The prosecutor sits in, but the facilitator runs the meeting. An ADA who leads the questions turns it into an interrogation; a defense lawyer sent out of the room leaves the accused alone with the office that can charge him.]],
    choice { "Ask Ms. Kowalski to wait outside: two lawyers at the table will turn it into a courtroom",
      id = "lawyer-outside", to = "conference",
      set = { lawyer_out = true },
      score = { due_process = -2, voluntary = -1, respect = -1 },
      feedback = [[The worry is understandable, but in this program the defense lawyer takes part for a reason: the charging prosecutor is in the room. Sending her out leaves Mateo to face the office alone.]],
    },
    choice { "Tell her you will ask the questions about the theft: you know the file, and he should hear it from the office",
      id = "ada-leads", to = "conference",
      set = { ada_leads = true },
      score = { respect = -2, voluntary = -1, accountability = 1 },
      feedback = [[You would get a fuller account of the theft, and that is worth something. But the prosecutor leading the questions makes the conference an interview by the office that decides the charge, and the facilitator's neutral role is lost.]],
    },
    choice { "Ms. Grant runs it; you give the legal frame in two minutes and speak again only on terms",
      id = "define-roles", to = "conference",
      score = { respect = 2, voluntary = 1, due_process = 1 },
      feedback = [[That is the Milwaukee model: each lawyer does their own job and the facilitator runs the meeting. Your part is to say what the office will do, and then to decide which terms it can approve.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 6. The conference
  ---------------------------------------------------------------------------
  scene "conference" {
    title = "Tuesday, 6 p.m., a meeting room at the Community Center",
    text = function(v)
      local t = [[Ms. Grant opens and sets the ground rules. ]]
      if v.pressured then
        return t .. [[Before anyone else can speak, Mr. Haddad turns to you.

Mr. Haddad: I am here because the DA's office said this was best. So. We do it.

Nadia looks at the table. Mateo looks at the floor.]]
      end
      if v.ada_leads then
        t = t .. "Then, as agreed, she hands the questions to you, and you take Mateo through the night of the theft."
      else
        t = t .. "You give the legal frame in plain words and hand back to her."
      end
      if v.lawyer_out then
        t = t .. " Mateo keeps looking at the door Ms. Kowalski went out of."
      end
      if v.ada_leads then return t end
      return t .. "\n\nMs. Grant turns to Mateo and asks him what happened."
    end,
    choice { "Ask Ms. Grant for a short break, tell her about your call, and let her ask him privately whether he wants to go on",
      id = "pause", to = "conference_resumed",
      when = function(v) return v.pressured end,
      score = { voluntary = 1, respect = 1 },
      feedback = [[His words showed his yes was yours, not his. A private moment with the facilitator, not with you, lets him say no without losing face.]],
    },
    choice { "Tell him yourself, at the table, that he is free to leave at any time if he wants",
      id = "tell-at-table", to = "account_owns",
      when = function(v) return v.pressured end,
      score = { voluntary = -1, respect = -1 },
      feedback = [[True, but said by the prosecutor in front of everyone it puts him on the spot. He stays, as he was always going to.]],
    },
    choice { "Carry on: he has come, Nadia is with him, and stopping now would embarrass him",
      id = "carry-on", to = "account_owns",
      when = function(v) return v.pressured end,
      violation = "no_victim_consent",
      set = { pushed = true },
      score = { voluntary = -2, victim_voice = -2, respect = -1 },
      feedback = [[He told you outright that he is there for the DA. Going ahead turns his deference into consent, which it is not.]],
    },
    choice { "Listen",
      id = "listen", to = { { 3, "account_owns" }, { 1, "account_wobbles" } },
      when = function(v) return not v.pressured and not (v.ada_leads or v.lawyer_out or v.guarded) end,
      feedback = [[Ms. Grant asks; Mateo answers.]],
    },
    choice { "Listen",
      id = "listen-tense", to = { { 1, "account_owns" }, { 1, "account_wobbles" } },
      when = function(v) return not v.pressured and (v.ada_leads or v.lawyer_out or v.guarded) end,
      feedback = [[The earlier choices make an honest account harder to give.]],
    },
  },

  scene "conference_resumed" {
    title = "Twenty minutes later",
    text = [[Mr. Haddad comes back in with Nadia and Ms. Grant.

Mr. Haddad: She told me I can go and nothing changes for the money. Good. Then I stay, because I want to ask him my questions. Not because of the DA.

Ms. Grant turns to Mateo.]],
    choice { "Listen",
      id = "listen-after-pause", to = { { 3, "account_owns" }, { 1, "account_wobbles" } },
      feedback = [[His yes is his own now.]],
    },
  },

  scene "account_wobbles" {
    title = "Mateo's account",
    text = [[Mateo: My sister's rent was late. I was going to put it back when I got paid. I kind of borrowed it.

Mr. Haddad's face goes dark. Nadia puts a hand on his arm.

Mr. Haddad: Borrowed? You hid it in your jacket.

Ms. Kowalski glances at Ms. Grant. Mr. Haddad half rises from his chair.]],
    choice { "Say nothing and nod to Ms. Grant, who calls a break so Mateo can talk with Ms. Kowalski",
      id = "break", to = "register",
      score = { safety = 1, respect = 1, voluntary = 1 },
      feedback = [[A wobble under pressure is common, and a break with his lawyer usually brings the honest account back. It also lets Mr. Haddad cool down before anything else is said.]],
    },
    choice { "Let it go: Mr. Haddad wants his money, and the word Mateo uses changes nothing on the payment schedule, does it?",
      id = "let-it-go", to = "register",
      score = { accountability = -2, safety = -1, victim_voice = -1 },
      feedback = [[It does change something. Mr. Haddad came for an honest answer, and a room that lets "borrowed" stand leaves him angrier and Mateo off the hook.]],
    },
    choice { "Tell Mateo the footage is clear and you can file tonight if this is how he wants it to go",
      id = "charge-threat", to = "register",
      violation = "coerced_accused",
      set = { threatened = true },
      score = { voluntary = -3, respect = -2, safety = -1, accountability = -2, victim_voice = -1 },
      feedback = [[An admission forced by the charging prosecutor's threat is not accountability, and it breaks the promise that the conference changes nothing for the worse.]],
    },
  },

  scene "account_owns" {
    title = "Mateo's account",
    text = function(v)
      local t
      if v.ada_leads then
        t = [[Mateo answers your questions in short sentences, looking at Ms. Kowalski before each one: his sister's rent, the envelope, the jacket. Yes, he knew it was the wholesaler's money.]]
      else
        t = [[Mateo tells it straight: his sister's rent, the envelope he had seen every Sunday, the jacket. He says he knew it was the wholesaler's money.]]
      end
      if v.pushed then
        return t .. [[


Mr. Haddad reads his questions flatly, to you, not to Mateo, and barely hears the answers.]]
      end
      return t .. [[


Mr. Haddad reads his questions: why him, whether Mateo told anyone, whether he would do it again. Mateo answers each one.]]
    end,
    choice { "Listen",
      id = "listen-on", to = "register",
      feedback = [[The facilitator's questions did their work.]],
    },
  },

  scene "register" {
    title = "The register",
    text = [[Then Mr. Haddad turns the page.

Mr. Haddad: And the register. $400 over the summer. I want that back too.

Mateo: I never touched the register. Never.

Mr. Haddad: Who else, then?

Ms. Kowalski looks at you. Ms. Grant waits: a term about money is one the office has to approve.]],
    notes = [[Here net-widening comes back from the other side: not in the referral, but in the terms. The person harmed has a real loss and a real suspicion; the office has no evidence. A term that makes Mateo pay for it, or questions that make him answer for it, extend the program to conduct the office could not charge.]],
    questions = {
      "Mr. Haddad's loss is real. What does the office owe him when it cannot act on it?",
    },
    choice { "Suggest Mateo put $200 toward the register as goodwill, so Mr. Haddad leaves satisfied",
      id = "goodwill", to = "terms",
      score = { victim_voice = 1, least_intrusive = -2, due_process = -2, voluntary = -1 },
      feedback = [[Mr. Haddad would like it, but coming from the charging prosecutor the suggestion is an offer Mateo cannot safely refuse, for money nobody can show he took. That is the net widening through the terms.]],
    },
    choice { "Say the office has no evidence on the register and will not approve a term about it",
      id = "no-evidence", to = "terms",
      score = { due_process = 2, least_intrusive = 1, victim_voice = -1 },
      feedback = [[A straight answer, though not the one he wanted: his summer losses get no remedy here. It keeps the agreement to what the office could prove, and Ms. Grant can help him decide what to do about the register himself.]],
    },
    choice { "Ask Mateo, there at the table, whether he ever took anything from that register",
      id = "ask-register", to = "terms",
      score = { due_process = -2, respect = -2, voluntary = -1, victim_voice = -1, safety = -1 },
      feedback = [[It feels like clearing the air, but the charging prosecutor questioning him about other conduct, in a room where he was promised his words are safe, turns the conference into an interview.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 7. Terms the office approves
  ---------------------------------------------------------------------------
  scene "terms" {
    title = "The draft agreement",
    text = [[Ms. Grant reads what the room has built: $900 at $75 a week for twelve weeks, paid through the program; a letter from Mateo to Mr. Haddad within two weeks; and four Saturday block clean-ups, which Mateo offered and Mrs. Banks welcomed.

Mr. Haddad: And his photo by the register. So people know.

Ms. Grant: Those are the parties' terms. Which can the office approve?]],
    notes = [[The prosecutor consents to terms within office policy; the facilitator and the parties write them. The best terms add nothing that nobody asked for.]],
    choice { "Approve the money, the letter and the clean-ups and say the office cannot approve the photo",
      id = "approve-parties", to = "recommendation",
      score = { repair = 2, respect = 1, least_intrusive = 1 },
      feedback = [[Good. Every term is one someone in the room asked for or offered, and the office turns down only the one that would shame him. What it costs: the agreement asks no more of Mateo than the repair itself, with no extra term from the office.]],
    },
    choice { "Approve the photo as well: Mr. Haddad asked for it, and the terms belong to the parties",
      id = "approve-photo", to = "recommendation",
      violation = "degrading_terms",
      score = { respect = -3, repair = -1, least_intrusive = -2, accountability = -1, safety = -1 },
      feedback = [[The parties do write the terms, but the office's consent is there for exactly this: a photo of him by the till is a public shaming no court would order.]],
    },
    choice { "Approve the draft, and add the office's usual 40 hours of community service and a theft class",
      id = "add-standard", to = "recommendation",
      set = { heavy = true },
      score = { accountability = 1, least_intrusive = -2, repair = -1 },
      feedback = [[It looks tougher, and some would call it accountability. But nobody in the room asked for it, and the hours will compete with the shifts that pay Mr. Haddad back.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 8. The charging decision
  ---------------------------------------------------------------------------
  scene "recommendation" {
    title = "Back at the office",
    text = function(v)
      local t = "Everyone signs. Now the agreement has to become the office's decision."
      if v.route == "postplea" then
        t = t .. " Mateo has pleaded; sentencing is in the spring."
      else
        t = t .. " No charge has been issued."
      end
      return t .. [[


Your supervisor stops by: "Make sure the file tells the next person what kind of kid this is. Put the conference notes in."]]
    end,
    choice { "Issue the charge now and make the agreement a condition of probation, so it has teeth",
      id = "charge-anyway", to = "follow_up",
      when = function(v) return v.route == "precharge" end,
      violation = "punished_after_agreement",
      set = { charged = true },
      score = { least_intrusive = -3, due_process = -3, respect = -1 },
      feedback = [[It breaks what the office signed: completion was to mean no charge. Mateo is now punished for taking part.]],
    },
    choice { "Add a stayed 30-day jail term to the joint recommendation, so the agreement has teeth",
      id = "stayed-jail", to = "follow_up",
      when = function(v) return v.route == "postplea" end,
      violation = "punished_after_agreement",
      set = { charged = true },
      score = { least_intrusive = -3, due_process = -3, respect = -1 },
      feedback = [[The office promised to recommend the agreement, not the agreement plus jail. The stayed term breaks that promise.]],
    },
    choice { "Attach Ms. Grant's notes, as your supervisor asked, so whoever picks up the file later has the full picture",
      id = "attach-notes", to = "follow_up",
      violation = "statements_used",
      set = { noted = true },
      score = { due_process = -3, least_intrusive = -3, respect = -1 },
      feedback = [[The notes hold what Mateo and Mr. Haddad said in confidence. Putting them on a prosecution file is the use the signed terms ruled out, whoever asks for it.]],
    },
    choice { "Write a deferred-charging memo with the terms and dates only; copies to Ms. Kowalski and Mr. Haddad",
      id = "defer-memo", to = "follow_up",
      when = function(v) return v.route == "precharge" end,
      score = { due_process = 2, least_intrusive = 1 },
      feedback = [[The memo holds the terms, not what anyone said, and tells both sides exactly what completion means.]],
    },
    choice { "Agree with Ms. Kowalski a sentencing recommendation that adopts the agreement, with no jail",
      id = "joint-rec", to = "follow_up",
      when = function(v) return v.route == "postplea" end,
      score = { due_process = 2, least_intrusive = 1 },
      feedback = [[The judge gets the terms, not the conversation, and the office keeps its word.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 9. Review
  ---------------------------------------------------------------------------
  scene "follow_up" {
    title = "Week twelve",
    text = function(v)
      local t
      if v.heavy then
        t = [[Ms. Grant reports: $525 paid. The community service hours fell on Saturdays, the shifts Mateo had picked up, and he lost three weeks of pay. He has done 30 of the 40 hours and the clean-ups.]]
      else
        t = [[Ms. Grant reports: $600 paid, the letter delivered, the clean-ups done. Mateo lost three weeks of shifts when the restaurant where he now works cut hours.]]
      end
      if v.noted or v.charged then
        t = t .. " Ms. Kowalski has written to say the office broke its word, and Mateo has stopped answering Ms. Grant."
      end
      return t .. [[


Mr. Haddad told Ms. Grant he can wait a few more weeks. Your supervisor: "The deadline was the deadline."]]
    end,
    choice { "Waive the rest and close the file today: he has repaired most of the harm, and the office has made its point",
      id = "waive-rest", to = "closed-short",
      score = { least_intrusive = 1, respect = 1, victim_voice = -2 },
      feedback = [[Kind to Mateo: it recognizes what he has done and closes the case with the lightest touch. But the money is Mr. Haddad's, and he had already agreed to wait. You gained a quicker close and cost him the rest of what he was owed.]],
    },
    choice { "Agree the extra weeks in writing with Mr. Haddad and keep monitoring until the last payment",
      id = "extend", to = "repaired",
      when = function(v) return not (v.noted or v.charged) end,
      score = { repair = 2, victim_voice = 1, least_intrusive = -1 },
      feedback = [[A delay caused by lost shifts, agreed by the person owed the money, is an adjustment, not a breach. It keeps the file open longer, which is its cost.]],
    },
    choice { "Agree the extra weeks with Mr. Haddad's consent, and write to Ms. Kowalski owning what went wrong",
      id = "extend-after-breach", to = "promise-broken",
      when = function(v) return v.noted or v.charged end,
      score = { repair = 2, victim_voice = 1, least_intrusive = -1 },
      feedback = [[The best left to do. It does not take back what was done with the file, but it keeps the repair going.]],
    },
    choice { "Treat the missed deadline as a breach of the agreement: file the charge, or ask for jail at sentencing",
      id = "breach-charge", to = "charged-after-repair",
      violation = "punished_after_agreement",
      score = { least_intrusive = -3, repair = -2, victim_voice = -2 },
      feedback = [[Mateo is close to finishing, with Mr. Haddad's blessing. Treating the delay as failure makes his attempt at repair the reason for a harsher outcome, and costs Mr. Haddad the rest of his money.]],
    },
  },

  ---------------------------------------------------------------------------
  -- Endings
  ---------------------------------------------------------------------------
  ending "repaired" {
    title = "Paid back, and the promise kept",
    text = function(v)
      local t = "The last payment comes in three weeks late, as agreed. "
      if v.route == "postplea" then
        t = t .. "At sentencing the judge adopts the agreement; Mateo leaves court with a conviction but no jail."
      else
        t = t .. "You close the memo: no charge is issued, and Ms. Kowalski writes to Mateo that it is over."
      end
      if v.heavy then
        t = t .. " The extra hours the office added cost him a month of Saturdays and Mr. Haddad a month of waiting."
      end
      if v.threatened or v.uncounselled then
        t = t .. " Ms. Kowalski still tells colleagues to get everything from your office in writing."
      end
      if v.pushed then
        t = t .. " Mr. Haddad tells Ms. Grant afterwards that he never felt he could say no to the DA."
      end
      return t .. "\n\nMrs. Banks tells the block club the store got every dollar back."
    end,
    outcome = {
      victim = "Mr. Haddad has his $900, answers to his questions, and a say over every change to the plan.",
      accused = "Mateo repaid the money and faced the family he took from; the office did what it promised.",
      community = "The block's corner store stays open and trusted, and defense lawyers see the program keep its word.",
    },
    debrief = [[This is the Milwaukee model working: both lawyers in the room, each in their own role, and a facilitator running the meeting. The hard choices were trade-offs: holding the charge against Mr. Haddad's wish for one, waiting for counsel against the Haddads' wish for speed, refusing the register money against his real loss, and extending against a quick close. One Milwaukee cohort did far better on rearrest than its control group; that is one cohort, and the case for doing it well rests first on what it gives the people in the room.]],
  },

  ending "trust-broken" {
    title = "The defense walks away",
    text = function(v)
      if v.widened then
        return [[Ms. Kowalski advises Mateo not to take part in a program that makes him answer for the register. The envelope case is charged and ends in a plea and a restitution order of $50 a month. Mr. Haddad never gets to ask his questions, and the register stays a mystery.]]
      end
      return [[Ms. Kowalski advises Mateo to decline. The case is charged; at the first hearing she tells the judge, on the record, why her client would not take part. It ends in a plea and a restitution order. Mr. Haddad gets a form letter with the case number.]]
    end,
    outcome = {
      victim = "Mr. Haddad waits months for a court order, with no answers to his questions.",
      accused = "Mateo takes a conviction instead of the program, properly advised by his lawyer.",
      community = "Word goes round the defense bar that the office's offers come with strings.",
    },
    debrief = [[A program run inside the DA's office depends on defense lawyers trusting it. Asking a client to answer for conduct the office could never charge, or to say yes under a threat, makes declining the sensible advice. The prosecutor's power is why these safeguards matter more in Milwaukee's model, not less.]],
  },

  ending "promise-broken" {
    title = "Paid back, promise broken",
    text = function(v)
      local t = "Mateo finishes paying, weeks late, because Mr. Haddad asked Ms. Grant to keep the plan alive."
      if v.noted then
        t = t .. " Ms. Kowalski moves to strike the conference notes from the file and tells every lawyer in her office."
      else
        t = t .. " Ms. Kowalski objects that the office charged a case it promised to defer; the judge asks your office why."
      end
      return t .. " Mateo stops coming to the clean-ups."
    end,
    outcome = {
      victim = "Mr. Haddad gets his money, but words he spoke in confidence, or the agreement he helped write, were used for a purpose he never agreed to.",
      accused = "Mateo kept his side and the office did not.",
      community = "Defense lawyers learn that the office's written promises can be bargained away.",
    },
    debrief = [[Two promises make a prosecutor-attended conference possible: nothing said in it is used, and completion earns exactly what the office wrote down. Breaking either, even at a supervisor's request, turns the conference into a tool of the prosecution.]],
  },

  ending "charged-after-repair" {
    title = "Punished for trying",
    text = function(v)
      local t
      if v.route == "postplea" then
        t = "At sentencing you tell the judge the agreement failed and ask for jail."
      else
        t = "You file the charge on the missed deadline."
      end
      t = t .. " Ms. Kowalski puts the payment record and Mr. Haddad's note agreeing to wait before the judge. The judge asks your office why a man three weeks from finishing is worse off than if he had never taken part."
      if v.heavy then
        t = t .. " She adds that the office's own extra hours cost him the shifts."
      end
      return t .. "\n\nMr. Haddad stops receiving payments."
    end,
    outcome = {
      victim = "Mr. Haddad loses the rest of the money he had agreed to wait for, and his consent to the delay is ignored.",
      accused = "Mateo is treated more harshly for having tried than if he had gone to court.",
      community = "The next person offered the program, and the next lawyer advising them, will think twice.",
    },
    debrief = [[A short delay, agreed by the person owed the money, is an adjustment. When an agreement truly fails the case returns to the ordinary process, no harsher; using the attempt at repair to justify more punishment makes taking part a risk.]],
  },

  ending "closed-short" {
    title = "Closed, money short",
    text = function(v)
      local t = "You tell Ms. Kowalski the rest is waived"
      if v.route == "postplea" then
        t = t .. " and that the office will recommend the agreement as complete at sentencing."
      else
        t = t .. " and close the file with no charge."
      end
      t = t .. " Mateo stops paying that week."
      if v.noted or v.charged then
        t = t .. " Ms. Kowalski's complaint about the file stays open."
      end
      return t .. [[


Ms. Grant calls Mr. Haddad to explain. There is a long silence.

Mr. Haddad: I said I would wait. Nobody asked me if I would give it up.]]
    end,
    outcome = {
      victim = "Mr. Haddad is short, and a decision about his own money was made without him.",
      accused = "Mateo walks away from an unfinished agreement he was willing to finish.",
      community = "The agreement ends as the office's gift rather than the parties' work.",
    },
    debrief = [[The lightest touch is not always the right one: kindness to the person who caused harm cannot be paid for with the money of the person harmed. He had already agreed to wait; the right adjustment was the one he consented to.]],
  },
}
