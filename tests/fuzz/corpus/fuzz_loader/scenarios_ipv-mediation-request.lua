-- "So this can all go away": a victim of intimate-partner violence asks the prosecutor for
-- mediation. Premise 6 of the reference (shared/reference/restorative-practice.md, B.7).
-- A standard conference is the wrong answer here (B.3 item 7, B.6).

return scenario {
  id = "ipv-mediation-request",
  version = 1,
  title = "So This Can All Go Away",
  role = "prosecutor",
  summary = [[Three days after her boyfriend's arrest for a misdemeanor assault, the woman he hurt phones you asking for "mediation so this can all go away". You decide how to hear the request, what may lie behind it, how to keep her safe and what to tell her. A standard conference is the wrong answer here, and the right one respects her without handing her the case.]],
  minutes = 16,
  modelled_on = "The exclusion of intimate-partner violence from restorative conferences (DC Office of the Attorney General Restorative Justice Program; Common Justice), Istanbul Convention Art. 48 on mandatory mediation, and the victim-initiated, specialist-facilitated model in Colorado HB 24-1101 as introduced",
  speakers = { "Jasmine", "Ms. Delgado", "Mr. Oduya", "Mr. Feld" },
  vars = {
    pressure = "unknown",   -- "explored" or "ignored": what you did with the signs of pressure
    police_sent = false,    -- sent a patrol car for the no-contact breach without asking her
    engaged = false,        -- she is working with the advocate
    risk_done = false,      -- structured risk assessment and safety plan done
    subpoena_threat = false,
    route = "none",         -- joint process used: "conference", "counseling", "pretrial_conference", "mediation_deal"
    informed = false,       -- she was told honestly what happens and what she can still choose
    specialist = false,     -- victim-initiated referral to a DV-trained facilitator
    drop_reason = "none",   -- "silence", "her_call"
  },
  start = "the_call",

  scene "the_call" {
    title = "Tuesday, 8:50 am",
    text = [[You are the deputy district attorney on State v. Tyler Brooks: misdemeanor assault, domestic violence. On Saturday night a neighbor called 911. Officers found Jasmine Reed, 27, with a split lip and a bruised upper arm. Brooks, 29, her boyfriend of three years, said she fell. He was arrested, and at his first appearance on Monday the judge entered a no-contact order.

Your desk phone rings.

Jasmine: Hi. Is this the prosecutor for Tyler's case? I want to do mediation. The thing where we talk it out. So this can all go away.

Behind her you hear a man's voice, then a muffled sound as she covers the phone.]],
    notes = [[The request is real and deserves respect. It is also one of the most common ways an abusive partner's pressure reaches a prosecutor. Restorative programs such as DC's (which excludes intimate-partner violence) and Common Justice (which does not take family-violence cases) keep these cases out of standard conferences, and the Istanbul Convention (Art. 48) prohibits mandatory mediation for the violence it covers. None of that requires being cold to her.]],
    questions = {
      "What might lie behind a request like this, three days after an arrest?",
      "How do you say 'not mediation' without saying 'not you'?",
    },
    choice { "Tell her firmly that domestic-violence cases are never mediated and the State will prosecute whether she likes it or not",
      id = "lecture-refusal",
      to = "hung_up",
      score = { victim_voice = -3, respect = -2, safety = -1 },
      feedback = [[No standard mediation is the right answer, but this is the wrong way to give it. Said like this, on an open line and possibly in his hearing, it overrules her, gives her nothing, and may be repeated back to her by him. Her safety depends on her staying in touch with someone who can help.]],
    },
    choice { "Thank her for calling. Before anything else, ask whether this is a safe time to talk, and offer to ask yes-or-no questions in case someone can hear",
      id = "safe-to-talk",
      to = "listen",
      score = { safety = 2, victim_voice = 2, respect = 1 },
      feedback = [[Safety and victim voice. A man's voice in the background, in a case with a no-contact order, is a warning sign. Yes-or-no questions let her tell you the truth without saying anything he can hear, and thanking her treats the call as legitimate rather than as a problem.]],
    },
    choice { "Tell her mediation sounds like a good idea and you'll set one up with Tyler",
      id = "promise-mediation",
      to = "conference_prep",
      set = { route = "conference" },
      violation = "ipv_conference",
      score = { safety = -3, voluntary = -2, accountability = -2, victim_voice = 1 },
      feedback = [[This breaks a safeguard: sending intimate-partner violence to a standard conference. It feels like respecting her wishes, but a process built for two equals, three days after an assault, with the defendant possibly in the room as she asks, puts her in front of the person who controls her. DC's and Common Justice's programs exclude these cases for exactly this reason.]],
    },
  },

  scene "listen" {
    title = "Yes or no",
    text = [[Jasmine: ...Yes. He's here. He's just picking up some things.

The no-contact order bars Tyler from her apartment. You keep your questions short, and she answers in a flat, careful voice.

Jasmine: He says if we do mediation you'll drop it. He'll lose his job if this goes on. It was my fault too. I was yelling. We just need to talk it out.

The words are hers, but every reason is his: his job, his case, her fault. She hasn't said what she wants for herself.]],
    notes = [[Signs of pressure or coercive control: the defendant present in breach of a court order while she makes the call, a request built entirely on his interests, and self-blame. Confronting any of this on an open line can put her at risk. The priority is a safe channel and a person she can talk to.]],
    questions = {
      "Which details in her words suggest the request may not be freely hers?",
      "When is sending police straight away the right call, and who should decide that?",
    },
    choice { "Send a patrol car now to arrest Tyler for breaching the no-contact order",
      id = "send-patrol",
      to = { { 0.7, "advocate_meets" }, { 0.3, "no_answer" } },
      set = { pressure = "explored", police_sent = true },
      score = { safety = 1, accountability = 1, victim_voice = -2 },
      feedback = [[A real trade-off. The breach is real, and if she says she is in danger, police should go at once. But sending officers without asking her can leave her facing his anger, or his family's, when he is released the next day. Ask her first, and let her safety plan shape the timing.]],
    },
    choice { "Take the request at face value: note 'victim requests mediation' in the file and move on",
      id = "face-value",
      to = "risk_review",
      set = { pressure = "ignored" },
      violation = "ignored_red_flag",
      score = { safety = -3, victim_voice = -1 },
      feedback = [[This breaks a safeguard: ignoring a safety red flag. A defendant in the room in breach of a no-contact order, and a request that repeats his interests, are warning signs of coercion. Writing it down as her free wish records his pressure as her choice.]],
    },
    choice { "Ask if she's in danger right now. Agree a safe time and number to call back, offer a same-day meeting with the victim advocate, and tell her she did nothing wrong by calling",
      id = "safe-channel",
      to = { { 0.7, "advocate_meets" }, { 0.3, "no_answer" } },
      set = { pressure = "explored" },
      score = { safety = 3, victim_voice = 2, voluntary = 1 },
      feedback = [[Safety and informed choice. You treat the signs of pressure as what they may be without accusing anyone, and you give her a private route to someone who can help her work out what she wants. Telling her she did nothing wrong keeps the door open.]],
    },
  },

  scene "hung_up" {
    title = "The line goes dead",
    text = [[Jasmine: Forget it. You people don't listen either.

She hangs up. The case file is open on your screen, and the cursor blinks in the notes field. The quickest thing to type is "Victim uncooperative."]],
    choice { "Type 'Victim uncooperative' and move on with the case",
      id = "note-uncooperative",
      to = "risk_review",
      score = { victim_voice = -2, safety = -1, respect = -1 },
      feedback = [[A label like this follows her through the file and explains nothing. Reluctance three days after an assault is common and often comes from fear or pressure, not from a lack of cooperation. Nobody has yet asked her what she needs.]],
    },
    choice { "Ask Rosa Delgado, the office's victim advocate, to reach out: say the call came out wrong, and that you want to hear what she needs and explain what is possible",
      id = "advocate-repair",
      to = { { 0.5, "advocate_meets" }, { 0.5, "no_answer" } },
      score = { victim_voice = 2, safety = 1, respect = 1 },
      feedback = [[Victim voice and respect. Owning a bad call and sending someone whose job is her safety keeps her connected to help. Whether she answers is up to her, but she now knows someone is listening.]],
    },
  },

  scene "advocate_meets" {
    title = "Wednesday, 12:30 pm",
    text = function(v)
      local parts = { "Jasmine agreed to meet Rosa Delgado, the office's victim advocate, on her lunch break at the dental clinic where she works." }
      if v.police_sent then
        parts[#parts + 1] = "Police arrested Tyler at her apartment on Tuesday for the breach. He was released the next morning, and his mother has been calling Jasmine ever since."
      end
      parts[#parts + 1] = "Ms. Delgado's notes reach you that afternoon."
      parts[#parts + 1] = [[Ms. Delgado: He checks her phone and keeps her bank card "to help with money". Last year, during an argument, he put his hands around her neck. She's never told anyone that. She still says she wants this to go away. But she also said, "I just want him to get help and leave me alone."]]
      return table.concat(parts, "\n\n")
    end,
    notes = [[Control of money and phone, and a past attempt at strangulation, are the kind of facts that risk-assessment tools used by advocates treat as serious warning signs. Her two statements ("make it go away" and "get help and leave me alone") can both be true. The second tells you more about what she needs.]],
    questions = { "What does 'get help and leave me alone' tell you that 'mediation' did not?" },
    choice { "Ask Ms. Delgado to complete a structured risk assessment with her and a safety plan she chooses, including what to do if he turns up despite the order",
      id = "risk-assessment",
      to = "risk_review",
      set = { risk_done = true, engaged = true },
      score = { safety = 3, victim_voice = 2 },
      feedback = [[Safety and victim voice. A structured assessment turns worrying details into a picture of risk, and a plan she chooses, rather than one imposed on her, is one she is likely to use. It also gives you what you need to argue for the no-contact order.]],
    },
    choice { "Have Ms. Delgado tell her she must testify or she'll be subpoenaed",
      id = "subpoena-threat",
      to = "risk_review",
      set = { subpoena_threat = true },
      score = { voluntary = -2, victim_voice = -3, respect = -2, safety = -1 },
      feedback = [[Subpoenas exist, and some cases need one. But leading with a threat, through the advocate, turns the one person on her side into an enforcer. It pushes her away from help just as the risk picture is getting worse.]],
    },
    choice { "She still wants mediation: refer the case to the office's restorative justice program, as she asked",
      id = "refer-rj",
      to = "conference_prep",
      set = { route = "conference", engaged = true },
      violation = "ipv_conference",
      score = { safety = -3, voluntary = -2, accountability = -2, victim_voice = 1 },
      feedback = [[This breaks a safeguard: sending intimate-partner violence to a standard conference. You now know about control of her money and phone and a past strangulation attempt. A face-to-face process designed for equals cannot make that power imbalance safe, however willing she sounds.]],
    },
  },

  scene "no_answer" {
    title = "Wednesday: no answer",
    text = function(v)
      local when = ""
      if v.pressure == "explored" then when = ", at the times Jasmine suggested" end
      return "Rosa Delgado, the office's victim advocate, has called Jasmine four times since yesterday" .. when .. [[. No answer. The voicemail box is full. A text that says only "Rosa from the county, call me any time" shows as read.

Ms. Delgado: Silence doesn't tell us what she wants. It might mean she's busy, or that he has her phone. We keep the door open, and we don't make her carry the case.]]
    end,
    notes = [[Silence is not consent, and it is not a decision to drop the case. Many prosecutors' offices build domestic-violence cases so that they do not depend on the victim's testimony alone: 911 recordings, body-camera video, photographs, other witnesses.]],
    questions = { "What does 'we don't make her carry the case' mean in practice?" },
    choice { "Send a letter to her apartment setting out the case and her rights",
      id = "letter-home",
      to = "risk_review",
      score = { victim_voice = 1, safety = -2 },
      feedback = [[She does have a right to information, but he may be living there despite the order. A letter about the case arriving at that address can expose her to exactly the pressure you are worried about. Use channels she chose, or ones he is unlikely to see.]],
    },
    choice { "She isn't engaging. Dismiss the case",
      id = "dismiss-silence",
      to = "dismissed",
      set = { drop_reason = "silence" },
      score = { safety = -2, accountability = -3, victim_voice = -1 },
      feedback = [[Silence is not a decision. Dismissing now ends the no-contact order and tells him that pressure worked. The evidence that doesn't depend on her testimony is still there, and so is the risk.]],
    },
    choice { "Keep reaching out in ways he won't notice, ask for a welfare check if anything points to danger, and build the case on evidence that doesn't need her testimony",
      id = "keep-door-open",
      to = "risk_review",
      score = { safety = 2, victim_voice = 2, accountability = 1 },
      feedback = [[Safety and victim voice. The door stays open on her terms and in ways he is unlikely to notice: texts that don't name the case, her workplace if she gave it. Building the case on other evidence takes the weight off her, so that the prosecution no longer depends on her giving evidence against him.]],
    },
    choice { "Take her silence as agreement to the mediation she asked for, and refer it to the restorative justice program",
      id = "silence-as-consent",
      to = "conference_prep",
      set = { route = "conference" },
      violation = "no_victim_consent",
      score = { voluntary = -3, safety = -2 },
      feedback = [[This breaks a safeguard: referring a case without the victim's free and informed consent. Silence is not consent. And even with her consent, a standard conference is the wrong tool for intimate-partner violence.]],
    },
  },

  scene "risk_review" {
    title = "Thursday: case review",
    text = function(v)
      local parts = { [[The evidence does not rest on Jasmine alone: the neighbor's 911 call, body-camera video of her injuries and of her words at the scene ("He grabbed my arm and hit me"), and photographs.]] }
      if v.risk_done then
        parts[#parts + 1] = "Ms. Delgado's risk assessment is attached: a past strangulation attempt, control of her money and phone, and contact in breach of the order within three days. She rates the risk as high."
      elseif v.pressure == "ignored" then
        parts[#parts + 1] = "Your note from Tuesday reads: \"Victim requests mediation.\""
      end
      if v.subpoena_threat then
        parts[#parts + 1] = "Ms. Delgado has added a line: since the talk of a subpoena, Jasmine has stopped answering her."
      end
      parts[#parts + 1] = "Kwame Oduya, who runs the office's restorative justice program, stops at your door."
      parts[#parts + 1] = "Mr. Oduya: I heard the victim asked for mediation. We don't take intimate-partner cases into our conferences, and there are good reasons for that. What do you want to do?"
      return table.concat(parts, "\n\n")
    end,
    notes = [[This is the decision point the scenario is built around. The office's own restorative program excludes these cases, as DC's does. The protective path is prosecution built on the evidence, with advocacy beside it. Diverting to a conference, or to couples counseling as a condition of dismissal, treats the abuse as a disagreement between equals.]],
    questions = {
      "Why is a conference between these two not a 'meeting of equals', however it is run?",
      "What does prosecution offer her that a conference cannot?",
    },
    choice { "Offer the defense a deal: dismissal if Tyler and Jasmine attend couples counseling together",
      id = "couples-counseling",
      to = "joint_process",
      set = { route = "counseling" },
      score = { safety = -3, voluntary = -2, accountability = -2 },
      feedback = [[Domestic-violence practitioners widely advise against couples counseling where there is abuse and control: it treats the violence as a shared relationship problem and puts her in a room where honesty can cost her. Making it the price of his dismissal also makes her attendance something he will pressure her into.]],
    },
    choice { "Keep the prosecution, built on evidence that doesn't depend on her testimony. Ask the court to keep the no-contact order, and keep Ms. Delgado working with her",
      id = "keep-prosecution",
      to = "what_to_tell",
      score = { safety = 2, accountability = 2, due_process = 1, victim_voice = 1 },
      feedback = [[Safety and accountability. The case goes forward on evidence, not on whether she can stand up to him, and the order and the advocate stay in place. This is what taking both her safety and his responsibility seriously looks like here.]],
    },
    choice { "Ask Mr. Oduya to take it anyway as a standard conference. She asked for it",
      id = "divert-conference",
      to = "conference_prep",
      set = { route = "conference" },
      violation = "ipv_conference",
      score = { safety = -3, voluntary = -2, accountability = -2, victim_voice = 1 },
      feedback = [[This breaks a safeguard: sending intimate-partner violence to a standard conference. Your own program excludes these cases. Her request, given everything you know about the pressure behind it, does not make a process built for equals safe.]],
    },
  },

  scene "conference_prep" {
    title = "The preparation meeting",
    text = [[Kwame Oduya held a preparation meeting with Jasmine this morning. He calls you afterwards.

Mr. Oduya: I have to tell you what I saw. She checked her phone every few minutes and answered most questions with "whatever Tyler thinks". She said he'll drive her to the conference. She asked if it's okay to say it was mostly her fault. I don't think she's free in this. I'm not trained for partner cases, and I don't think it should go ahead.]],
    notes = [[Preparation meetings exist partly to catch exactly this. Red flags raised in preparation can and should stop a conference. Pulling the case back now cannot undo the referral, but it can stop the harm from going further.]],
    questions = { "What would it take for you to reverse a decision you have already made?" },
    choice { "Go ahead. It's what she asked for",
      id = "go-ahead",
      to = "joint_process",
      violation = "ignored_red_flag",
      score = { safety = -3, voluntary = -2 },
      feedback = [[This breaks a safeguard: going ahead face to face despite a safety red flag. The facilitator has told you she is not free in this: he is driving her there, and she plans to take the blame. "What she asked for" is, by now, clearly what he asked for.]],
    },
    choice { "Stop the conference. Take the case back for prosecution, ask Ms. Delgado to contact her, and tell Mr. Oduya he was right to call",
      id = "stop-conference",
      to = "what_to_tell",
      score = { safety = 1 },
      feedback = [[Safety. Listening to the facilitator's warning and reversing course is right, even though it is late. The safeguard you broke by referring the case still counts, but she will not now sit across from him in a room built for equals.]],
    },
  },

  scene "what_to_tell" {
    title = "Friday: what you tell her",
    text = function(v)
      local parts = {}
      if v.engaged then
        parts[#parts + 1] = "Jasmine agrees to a call with you, with Ms. Delgado on the line."
      else
        parts[#parts + 1] = "Ms. Delgado finally reaches Jasmine at work, and Jasmine agrees to a short call with you, with Ms. Delgado on the line."
      end
      if v.route == "conference" then
        parts[#parts + 1] = "The conference has been cancelled. Mr. Oduya has already told her it will not go ahead."
        parts[#parts + 1] = "Jasmine: So there's no mediation now? Tyler keeps asking what happened. I have to tell him something."
      else
        parts[#parts + 1] = "Jasmine: So is it mediation or not? Tyler keeps asking. I have to tell him something."
      end
      parts[#parts + 1] = "The office will not send this case to mediation. How you tell her matters as much as what you tell her."
      return table.concat(parts, "\n\n")
    end,
    notes = [[Taking the decision off her shoulders is protective: she can truthfully tell him it is not up to her. At the same time she keeps real choices: whether to work with the advocate, what she wants from the no-contact order, what she says at sentencing, and whether to ask later for a restorative process with a specialist.]],
    questions = {
      "Which choices does she still have, even though the prosecution is not hers to stop?",
      "Why can 'it's up to you' be the least safe thing to say to her?",
    },
    choice { "Explain honestly: no mediation in partner cases, for safety and not because of her; going forward is the office's decision, not hers, and she can tell Tyler so; and what she can still choose",
      id = "explain-honestly",
      when = function(v) return v.route == "none" end,
      to = "victim_initiated",
      set = { informed = true },
      score = { victim_voice = 2, voluntary = 2, respect = 2, safety = 2 },
      feedback = [[Respect, safety and informed choice. She is told the truth, she isn't blamed, and the decision he is pressuring her to make is no longer hers to carry. She also learns where her own choices are real (the advocate, the order, her voice at sentencing) and that she can change her mind about any of them.]],
    },
    choice { "Explain honestly: offering the conference was the office's mistake, not hers; there is no mediation in partner cases, for safety; going forward is the office's decision, and she can tell Tyler so",
      id = "explain-after-referral",
      when = function(v) return v.route ~= "none" end,
      to = "plea_stage",
      set = { informed = true },
      score = { victim_voice = 2, voluntary = 2, respect = 2, safety = 2 },
      feedback = [[Respect, safety and informed choice, and owning the office's mistake rather than letting her think she caused it. It is the right thing to say. But after a conference was offered and then withdrawn, she has good reason to be wary of the office, and she is unlikely to come back to it with a request of her own.]],
    },
    choice { "Tell her it's her call: if she really wants it dropped, you'll drop it",
      id = "her-call",
      to = "dismissed",
      set = { drop_reason = "her_call" },
      score = { safety = -3, accountability = -2, victim_voice = 1 },
      feedback = [[It sounds respectful, but it hands her the one decision he is pressuring her to make, and makes her responsible for what happens to him. In a relationship with this much control, "it's up to you" means "it's up to him".]],
    },
    choice { "Tell her the decision is made, and that she shouldn't have let things get this far with him",
      id = "blame-her",
      to = "plea_stage",
      score = { victim_voice = -3, respect = -3, safety = -1 },
      feedback = [[This blames her for his violence. It overrules her without explaining anything, and it makes her less likely to call anyone the next time she is in danger. The decision may be right; the way it is given is not.]],
    },
  },

  scene "victim_initiated" {
    title = "Five weeks later",
    text = [[Jasmine has kept in touch with Ms. Delgado and has moved in with her sister. The no-contact order stands, and Tyler's case is set for a pretrial conference.

Jasmine: I don't want it to go away anymore. But I want to tell him to his face what he did to me. Not with his mom there making excuses. Is there any way?

Your office allows one route for this, written with Colorado's HB 24-1101 (as introduced) in mind: a victim-initiated referral to a facilitator trained in domestic violence, who decides with her whether and how any contact happens. It runs alongside the prosecution, never instead of it.]],
    notes = [[This time the request starts with her, after advocacy, with the pressure reduced, and it is about being heard, not about making the case go away. The Colorado bill as introduced would let victims request restorative justice, decline it or change their minds, with a specially trained facilitator in domestic-violence cases, confidentiality unless all parties agree, and prosecutorial discretion kept.]],
    questions = {
      "What makes this request different from the one in the first phone call?",
      "Why must the referral run alongside the case rather than replace it?",
    },
    choice { "Tell her that's never possible in domestic-violence cases",
      id = "never-possible",
      to = "plea_stage",
      score = { victim_voice = -2, respect = -1 },
      feedback = [[It is safe, but it isn't true here, and it closes a door your office has opened for precisely this kind of request. She asked to be heard, and a flat no tells her the system still doesn't listen.]],
    },
    choice { "Suggest she raise it again once the case is resolved, and ask Ms. Delgado to note her wish",
      id = "after-case",
      to = "plea_stage",
      score = { victim_voice = 1, safety = 1 },
      feedback = [[A cautious, reasonable answer: it keeps her wish on record and avoids any contact while the case is open. It does, though, delay something she asked for that your office could have offered now, safely and alongside the case.]],
    },
    choice { "Explain that route honestly (a specialist facilitator, risk assessment first, no effect on the case, she can stop at any point) and, if she still wants it, make the referral",
      id = "specialist-referral",
      to = "plea_stage",
      set = { specialist = true },
      score = { victim_voice = 3, voluntary = 2, safety = 1, due_process = 1, repair = 1 },
      feedback = [[Victim voice and voluntary participation. This is a victim-initiated request, handled by a specialist, risk-assessed, confidential and kept separate from the prosecution. It may mean letters, a meeting, or nothing at all. She is informed, in control and free to stop, and the case does not depend on it. If it goes ahead, it may give her the acknowledgement she is asking for.]],
    },
    choice { "Send her request to Mr. Oduya's standard conference program before the trial",
      id = "standard-program",
      to = "joint_process",
      set = { route = "pretrial_conference" },
      violation = "ipv_conference",
      score = { safety = -3, voluntary = -1, victim_voice = 1 },
      feedback = [[This breaks a safeguard: sending intimate-partner violence to a standard conference. Her wish to be heard is legitimate, but a program that excludes partner cases, with his supporters in the room and no specialist, is the wrong place for it.]],
    },
  },

  scene "plea_stage" {
    title = "Pretrial: the defense calls",
    text = function(v)
      local parts = {
        "Daniel Feld, Tyler's public defender, calls about resolving the case.",
        [[Mr. Feld: My client wants this over. He's kept to the order, and he'll do classes. But a domestic-violence conviction costs him his job. Can we find something without the DV label? And I hear she asked for mediation. Why not let them do that and dismiss?]],
      }
      if v.specialist then
        parts[#parts + 1] = "Mr. Feld: I also know a facilitator has contacted my client about a process she asked for. He's thinking about it."
      end
      return table.concat(parts, "\n\n")
    end,
    notes = [[A plea to the offense that happened, with an intervention program and monitoring, gives accountability and keeps the protection in place. Any specialist process runs separately and confidentially: what Tyler says there must never reach the prosecution.]],
    questions = { "What does a quick plea to a non-domestic offense save, and what does it cost?" },
    choice { "Take a plea to disorderly conduct with no conditions, and avoid a trial",
      id = "non-dv-plea",
      to = "quick_plea",
      score = { accountability = -2, safety = -2, repair = -1, least_intrusive = 1 },
      feedback = [[It is quicker and milder, but the mildest response still has to meet safety. With no program, no monitoring and no domestic-violence designation, the conviction says nothing about what happened, and the protection ends with the case.]],
    },
    choice { "Agree: dismissal if the two of them complete mediation",
      id = "mediation-dismissal",
      to = "joint_process",
      set = { route = "mediation_deal" },
      violation = "ipv_conference",
      score = { safety = -3, accountability = -2, voluntary = -1 },
      feedback = [[This breaks a safeguard: making mediation the price of dismissal in an intimate-partner case. It gives him every reason to pressure her into attending and agreeing. The Istanbul Convention (Art. 48) prohibits mandatory mediation in these cases, and mediation made the price of a dismissal is mandatory in all but name.]],
    },
    choice { "Offer a plea to the domestic-violence assault with a certified domestic-violence intervention program and supervised probation. The no-contact order stays, or changes only as Jasmine wishes and the court approves. No mediation condition",
      id = "dv-plea",
      to = "prosecution_support",
      score = { accountability = 3, safety = 2, repair = 1, victim_voice = 1, due_process = 1, least_intrusive = 1 },
      feedback = [[Accountability and safety. The plea names what happened, the program and probation address it, and the protection follows her wishes under the court's eye. It is also proportionate: supervision and a program, not jail, with his lawyer negotiating every term. Nothing in the deal makes her sit across from him.]],
    },
    choice { "Ask the specialist facilitator to send you what Tyler says in preparation, to use if the case goes to trial",
      id = "ask-facilitator-notes",
      when = function(v) return v.specialist end,
      to = "rj_compromised",
      violation = "statements_used",
      score = { due_process = -3, voluntary = -2, safety = -1 },
      feedback = [[This breaks a safeguard: using what is said in a restorative process as evidence. That process is confidential unless every party agrees. Using it turns Jasmine's request into a trap for him, and it will end the process she asked for.]],
    },
  },

  ending "prosecution_support" {
    title = "Prosecution, with support beside it",
    text = function(v)
      local parts = { "Tyler pleads guilty to misdemeanor assault with a domestic-violence designation. He is sentenced to supervised probation and a certified domestic-violence intervention program, with a protection order Jasmine helped shape." }
      if v.specialist then
        parts[#parts + 1] = "Separately, the specialist facilitator meets Jasmine three times and Tyler twice. In the spring, with her sister beside her and the facilitator's agreement, Jasmine reads Tyler a letter in a room she chose. The case never depended on it."
      elseif v.informed then
        parts[#parts + 1] = "Jasmine's sister drives her to the sentencing, and Jasmine reads a short statement about what the last three years were like."
      else
        parts[#parts + 1] = "Jasmine does not come to the sentencing. Ms. Delgado reads two lines on her behalf."
      end
      return table.concat(parts, "\n\n")
    end,
    outcome = {
      victim = "She is not the one who 'pressed charges', and she can say so. She has an advocate, a safety plan and a say on the order and the sentence. Any restorative contact is hers to start and stop.",
      accused = "A misdemeanor domestic-violence conviction, an intervention program and supervised probation, with his lawyer beside him throughout: accountability that a conversation alone could not give.",
      community = "A clear answer to partner violence that doesn't rest on the victim's shoulders or trade her safety for a quicker close.",
    },
    debrief = [[In intimate-partner violence a standard conference is the wrong tool. DC's program and Common Justice exclude these cases, and the Istanbul Convention (Art. 48) bars mandatory mediation. The respectful response takes her request seriously, looks for the pressure behind it, assesses risk, surrounds her with advocacy and keeps the prosecution off her shoulders. Where a jurisdiction allows victim-initiated restorative justice, it comes with a specialist facilitator, alongside the case and never instead of it.]],
    questions = { "At which moment did the request stop being his and start being hers?" },
  },

  ending "joint_process" {
    title = "Talked it out",
    text = function(v)
      if v.route == "counseling" then
        return [[The defense accepts at once. Jasmine goes to four couples-counseling sessions with Tyler, and says less at each one. The case is dismissed after the last session, and the no-contact order ends with it.

Six weeks later Ms. Delgado's calls go unanswered. In August officers are called to a new address, where Jasmine now lives with Tyler.]]
      elseif v.route == "pretrial_conference" then
        return [[Mr. Oduya's program runs a circle before the trial. Tyler brings his mother and two friends. Jasmine came to say what he did to her, and with them in the room she says almost none of it. Tyler's mother asks her to think about his job.

Jasmine leaves early. Two weeks later she tells Ms. Delgado she doesn't want to be involved in the case any more.]]
      elseif v.route == "mediation_deal" then
        return [[The judge approves a dismissal once the couple has completed two sessions with a private mediator. Tyler drives Jasmine to both. The mediator's summary says they "agreed to communicate better". The case is dismissed.

Six weeks later Ms. Delgado's calls go unanswered. In August officers are called to a new address, where Jasmine now lives with Tyler.]]
      end
      return [[The conference goes ahead in the office's community room. Tyler drives Jasmine there. She says it was "a misunderstanding" and "mostly my fault"; Tyler apologizes for "losing his temper". They agree to "communicate better", and the case is dismissed.

Six weeks later Ms. Delgado's calls go unanswered. In August officers are called to a new address, where Jasmine now lives with Tyler.]]
    end,
    outcome = {
      victim = "She sat across from the man who hurt her in a process built for equals, and ended up taking the blame. The case is gone, and so is her contact with the advocate.",
      accused = "No conviction and no program. He learned that pressure works.",
      community = "Partner violence treated as a misunderstanding between equals, and a next call from this relationship that may be worse.",
    },
    debrief = [[Restorative processes assume two people who can speak freely and safely. Coercive control removes exactly that. This is why programs like DC's and Common Justice exclude intimate-partner violence, and why the Istanbul Convention bars mandatory mediation. A request for mediation is something to explore and answer honestly, not an instruction to follow.]],
  },

  ending "dismissed" {
    title = "Dropped",
    text = function(v)
      if v.drop_reason == "her_call" then
        return [[Two days later Jasmine calls back. You can hear Tyler in the room. She says she wants it dropped, and you dismiss the case. The no-contact order ends with it.

Ms. Delgado's last text to Jasmine is never read.]]
      end
      return [[You dismiss the case. The no-contact order ends with it, and a form letter goes to Jasmine's apartment.

Ms. Delgado's last text to Jasmine is never read.]]
    end,
    outcome = {
      victim = "The case went away, as he wanted. The protection went with it, and she has no advocate and no plan.",
      accused = "No consequence. The control that produced the request for mediation is untouched.",
      community = "Partner violence closes as soon as the person harmed goes quiet, which is exactly what an abusive partner counts on.",
    },
    debrief = [[A victim's silence, or a request made under pressure, is not a decision to drop a case. Building domestic-violence cases on evidence that does not depend on her testimony, and keeping the decision with the office, protects her from being the person he pressures. Her choices are real where they concern her: support, safety, what she says and when.]],
  },

  ending "quick_plea" {
    title = "A plea that names nothing",
    text = [[Tyler pleads guilty to disorderly conduct and pays a fine. There is no program and no probation, and the no-contact order ends at sentencing. Jasmine hears about it from Ms. Delgado.

Nothing in the court record now says that this was violence against a partner.]],
    outcome = {
      victim = "No trial, but the protection ends with the case and nothing in the sentence addresses her safety.",
      accused = "A minor conviction with no program. With no domestic-violence designation, the next risk assessment may miss this history.",
      community = "A quick close, and a record that hides the pattern from the next officer, prosecutor or judge.",
    },
    debrief = [[The least intrusive response is the mildest one that still meets safety, not simply the quickest. A plea that removes what happened from the record, with no program and no monitoring, saves a trial at the cost of her protection and of any real accountability.]],
  },

  ending "rj_compromised" {
    title = "Broken confidence",
    text = [[The facilitator refuses. What is said in preparation stays confidential unless everyone agrees. She tells Jasmine and Tyler that the prosecutor asked, and the process ends. Mr. Feld files a motion about it.

Jasmine calls Ms. Delgado in tears: "Was it all a trick?" The case resolves months later with a plea to the domestic-violence assault. Jasmine does not come to the sentencing.]],
    outcome = {
      victim = "The process she asked for ends, and she feels used by the office that was meant to support her.",
      accused = "He stops taking part, and his lawyer now has a motion about the prosecution's conduct. He still faces the charge, but any chance of a real conversation is gone.",
      community = "Survivors and defendants learn that restorative conversations may be turned into evidence, and the program loses trust it will struggle to win back.",
    },
    debrief = [[A restorative process alongside a prosecution only works if it is walled off from it. What is said in preparation or in a meeting is confidential unless every party agrees. Using it as evidence breaks a core safeguard and destroys the process for this family and for the ones that come after.]],
  },
}
