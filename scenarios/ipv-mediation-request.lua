-- "So this can all go away": a victim of intimate-partner violence asks the prosecutor for
-- mediation. Premise 6 of the reference (shared/reference/restorative-practice.md, B.7).
-- A standard conference is the wrong answer here (B.3 item 7, B.6); much else is contested
-- (police at a breach in progress, changing the no-contact order, a specialist process
-- the victim asks for), and the scenario scores those decisions as trade-offs.

return scenario {
  id = "ipv-mediation-request",
  version = 2,
  title = "So This Can All Go Away",
  role = "prosecutor",
  summary = [[Three days after her boyfriend's arrest for a misdemeanor assault, the woman he hurt phones you asking for "mediation so this can all go away". Over the following weeks you decide how to hear her, whether to send police when he turns out to be in her apartment, what to ask of the victim advocate, what to tell her, what to say when the defense asks to lift the no-contact order, and what to do when, later, she asks to face him on her own terms.]],
  minutes = 18,
  modelled_on = "The exclusion of intimate-partner violence from standard restorative conferences (DC Office of the Attorney General Restorative Justice Program; Common Justice), Istanbul Convention Art. 48 on mandatory mediation, and the victim-initiated, specialist-facilitated route in Colorado HB 24-1101 as introduced",
  speakers = { "Jasmine", "Ms. Delgado", "Mr. Oduya", "Mr. Feld" },
  vars = {
    police = false,         -- officers were sent to the breach in progress
    channel = false,        -- a safe time and number to reach her were agreed
    pressure_ignored = false, -- the request was logged at face value
    risk_done = false,      -- structured risk assessment and safety plan
    pushed = false,         -- pressed for a statement or served a subpoena: she has pulled back
    route = "none",         -- "none", "conference" (referred), "counseling", "mediation"
    informed = false,       -- she was told honestly whose decision the case is and what she still chooses
    order = "full",         -- "full", "narrowed": the no-contact order after the hearing
    reviewed = false,       -- the referral to the standard program came after the case review
    specialist = false,     -- victim-initiated referral to a DV-trained facilitator
  },
  start = "the_call",

  scene "the_call" {
    title = "Tuesday, 8:50 am",
    text = [[You are the deputy district attorney on State v. Tyler Brooks: misdemeanor assault, domestic violence. On Saturday a neighbor called 911. Officers found Jasmine Reed, 27, with a split lip and a bruised arm. Brooks, 29, her boyfriend of three years, said she fell. At his first appearance on Monday the judge entered a no-contact order.

Your phone rings.

Jasmine: Is this the prosecutor for Tyler's case? I want to do mediation. The thing where we talk it out. So this can all go away.

Behind her you hear a man's voice, then a muffled sound as she covers the phone.]],
    notes = [[The request is real and deserves respect. It is also one of the commonest ways an abusive partner's pressure reaches a prosecutor. DC's program excludes intimate-partner violence and Common Justice takes no family-violence cases; the Istanbul Convention (Art. 48) prohibits mandatory mediation for the violence it covers. None of that requires being cold to her, and none of it needs saying on an open line.]],
    questions = {
      "What might lie behind a request like this, three days after an arrest?",
      "What can you safely say while you don't know who is listening?",
    },
    choice { "Tell her you'll refer it to Kwame Oduya's restorative justice program, so a trained facilitator can help them talk it through",
      id = "refer-program",
      to = "conference_prep",
      set = { route = "conference" },
      violation = "ipv_conference",
      score = { safety = -1, victim_voice = -1, voluntary = -1 },
      feedback = [[This breaks a safeguard: sending intimate-partner violence to a standard conference. It feels like honoring her wish, and the facilitator would be careful. But a process built for two people who can speak freely, three days after an assault, possibly with him in the room as she asks, puts her across from the person who controls her.]],
    },
    choice { "Thank her, then ask if she can talk safely right now, and offer to ask only yes-or-no questions",
      id = "safe-to-talk",
      to = "listen",
      score = { safety = 1, victim_voice = 1, respect = 1 },
      feedback = [[Safety first, without alarming anyone. A man's voice in the background, in a case with a no-contact order, is a warning sign. Yes-or-no questions let her tell you the truth without saying anything he can hear, and thanking her treats the call as legitimate rather than as a problem.]],
    },
    choice { "Tell her plainly that the office doesn't mediate partner-violence cases, so she isn't left hoping",
      id = "say-policy",
      to = "hung_up",
      score = { accountability = 1, safety = -1, victim_voice = -1 },
      feedback = [[It is true, and honesty matters: she should not be strung along. But said now, on an open line that he may be hearing, the refusal is his to react to, and she learns nothing about what she can do. The same truth can wait a day and come with support beside it.]],
    },
  },

  scene "hung_up" {
    title = "The line goes dead",
    text = [[Jasmine: Then what's the point of you?

She hangs up. Her number is in the file, along with the address of the dental clinic where she works. Rosa Delgado, the office's victim advocate, is down the hall. Your supervisor has asked for a status note on the case by noon.]],
    notes = [[Nothing is lost yet. The question is how to reopen contact without making things worse for her at home.]],
    choice { "Call her straight back, say she did nothing wrong by calling, and that you only meant to be honest",
      id = "call-back",
      to = "no_answer",
      score = { respect = 1, safety = -2 },
      feedback = [[The instinct to repair it is right, and so are the words. But the man who was in the room may pick up, or watch her take the call. A second call minutes after the first is the one most likely to be noticed.]],
    },
    choice { "Ask Ms. Delgado to reach her at work, say that call went badly, and offer to hear what she needs",
      id = "advocate-repair",
      to = { { 1, "advocate_meets" }, { 1, "no_answer" } },
      score = { victim_voice = 1, respect = 1 },
      feedback = [[You own a bad call and send someone whose job is her safety, through a route he is less likely to see. Whether she answers is up to her, but the door is open.]],
    },
    choice { "Note that she declined to engage, and let the case run on the 911 call and the bodycam",
      id = "note-declined",
      to = "no_answer",
      score = { accountability = 1, victim_voice = -2, respect = -1 },
      feedback = [[Building the case on evidence that doesn't need her is right. But one hang-up three days after an assault is not a refusal, and a note like this follows her through the file. Nobody has yet asked her what she needs.]],
    },
  },

  scene "listen" {
    title = "Yes or no",
    text = [[Jasmine: ...Yes. He's here. He's getting some things.

The order bars Tyler from her apartment. Your questions stay short; her answers are flat and careful.

Jasmine: He says if we do mediation you'll drop it. He'll lose his job. It was my fault too, I was yelling.

The words are hers, but every reason is his. She says she isn't hurt. Your screen shows the order was served on him in court.]],
    notes = [[A breach in progress. Many US jurisdictions require officers to arrest on probable cause that a protection order has been violated [verify for the jurisdiction you train in]. Sending police is a defensible choice, and the scenario does not penalise it; the cost is that she did not choose it, and he may be out within a day. Waiting respects her control but leaves a breach running. Reasonable prosecutors do both.]],
    questions = {
      "Who should decide whether police go to the apartment now?",
      "What does she risk if they go, and if they don't?",
    },
    choice { "Agree a safe time and number to call back, and offer her a same-day meeting with the victim advocate",
      id = "safe-channel",
      to = { { 2, "advocate_meets" }, { 1, "no_answer" } },
      set = { channel = true },
      score = { victim_voice = 2, voluntary = 1, safety = 1, accountability = -1 },
      feedback = [[A defensible call. She keeps control and gets a private route to help, and nothing happens at the apartment that he can blame her for. The cost: a court order is being broken while you talk, and he faces nothing for it today.]],
    },
    choice { "Have dispatch send officers for the breach now, and tell her they're coming because the order was broken, not because of her",
      id = "send-police",
      to = { { 2, "advocate_meets" }, { 1, "no_answer" } },
      set = { police = true },
      score = { safety = 2, accountability = 2, victim_voice = -1, voluntary = -1 },
      feedback = [[A defensible call, and in many jurisdictions arrest for a breach is mandatory. The order is enforced and she is protected today, and saying it is about the order, not her, gives her something true to tell him. The cost: she did not choose this, and he may be released tomorrow angrier.]],
    },
    choice { "Write down her request and reasons as she gives them, promise it will be considered, and end the call gently",
      id = "face-value",
      to = "no_answer",
      set = { pressure_ignored = true },
      violation = "ignored_red_flag",
      score = { safety = -1, victim_voice = -1, voluntary = -1, accountability = -1 },
      feedback = [[This breaks a safeguard: ignoring a safety red flag. He is in her apartment in breach of a court order while she asks for the case to go away, with his reasons. Writing that down as her free wish records his pressure as her choice.]],
    },
  },

  scene "advocate_meets" {
    title = "Wednesday, 12:30 pm",
    text = function(v)
      local parts = { "Jasmine meets Rosa Delgado, the victim advocate, on her lunch break at the clinic." }
      if v.police then
        parts[#parts + 1] = "Officers arrested Tyler at her apartment on Tuesday for the breach. He was released this morning, and his mother has been calling Jasmine since."
      end
      parts[#parts + 1] = [[Ms. Delgado: He checks her phone and keeps her bank card. Last year he put his hands around her neck. She's never told anyone. She still wants this to go away. But she also said, "I just want him to get help and leave me alone." What do you want me to do next?]]
      return table.concat(parts, "\n\n")
    end,
    notes = [[Control of money and phone, and past strangulation, are among the warning signs that risk-assessment tools used by advocates treat as serious. Both of her statements can be true; the second says more about what she needs. The advocate works for her, not for the case.]],
    choice { "Ask Ms. Delgado to help her give a recorded statement about the strangling while she's willing to talk",
      id = "get-statement",
      to = "risk_review",
      set = { pushed = true },
      score = { accountability = 1, voluntary = -1, victim_voice = -1 },
      feedback = [[The strangling matters to the charge, and you are right that she may not say it again. But it turns her advocate into an investigator at their first meeting, and it asks her to build the case against him before anyone has made her safer. She goes quiet afterwards.]],
    },
    choice { "Tell Ms. Delgado to follow Jasmine's lead for now: no forms, nothing that feels like an interview",
      id = "her-pace",
      to = "risk_review",
      score = { voluntary = 1, respect = 1, safety = -2 },
      feedback = [[Letting her set the pace respects her and keeps her coming back. But you now know about strangulation and control, and leaving risk unassessed means nobody, including her, has a plan for the night he turns up.]],
    },
    choice { "Ask her to do a structured risk assessment with Jasmine, and a safety plan Jasmine chooses",
      id = "risk-assessment",
      to = "risk_review",
      set = { risk_done = true },
      score = { safety = 2, victim_voice = 1, voluntary = 1 },
      feedback = [[Safety, with her voice in it. The assessment turns worrying details into a picture of risk, and a plan she chooses is one she is likely to use. It costs a little of the ease of that first meeting: a form is still a form, and Ms. Delgado has to ask hard questions early.]],
    },
  },

  scene "no_answer" {
    title = "Wednesday: no answer",
    text = function(v)
      local how = "Rosa Delgado, the office's victim advocate, has called Jasmine four times since yesterday"
      if v.channel then how = how .. ", at the times Jasmine gave" end
      local parts = { how .. [[. No answer. A text saying only "Rosa from the county, call any time" shows as read.]] }
      if v.police then
        parts[#parts + 1] = "Tyler was gone when officers reached the apartment on Tuesday. A warrant for the breach is out."
      end
      if v.pressure_ignored then
        parts[#parts + 1] = [[Your note from Tuesday reads: "Victim requests mediation."]]
      end
      parts[#parts + 1] = "Ms. Delgado: Silence doesn't tell us what she wants. It might mean he has her phone. What do you want to do?"
      return table.concat(parts, "\n\n")
    end,
    notes = [[Silence is neither consent nor a decision to drop the case. Many offices build domestic-violence cases so that they do not depend on the victim's testimony: 911 recordings, body-camera video, photographs, other witnesses.]],
    choice { "Mail her a letter at home setting out her rights, the order and how to reach the advocate",
      id = "letter-home",
      to = "risk_review",
      score = { victim_voice = 2, safety = -2 },
      feedback = [[She has a right to that information, and a letter is how offices usually give it. But he may be living there despite the order, and a letter about the case at that address can bring on exactly the pressure you are worried about.]],
    },
    choice { "Keep Ms. Delgado texting, naming nothing, and build the case so it never needs her",
      id = "keep-door-open",
      to = "risk_review",
      score = { safety = 2, victim_voice = 1 },
      feedback = [[The door stays open on her terms, in ways he is unlikely to notice, and the prosecution takes its weight off her. It costs time, and she has nothing in writing about her rights yet; nothing pins down her account, and the case may be thinner for it.]],
    },
    choice { "Have an investigator serve her a subpoena for the pretrial hearing, so the case can't collapse",
      id = "subpoena",
      to = "risk_review",
      set = { pushed = true },
      score = { accountability = 1, voluntary = -2, victim_voice = -1, safety = -1 },
      feedback = [[Subpoenas exist and some cases need one. But served now, at an address he may share, the first thing she hears from the office is an order. It pushes her away from help just as the risk is growing.]],
    },
  },

  scene "conference_prep" {
    title = "Thursday: the preparation meeting",
    text = [[Kwame Oduya met Jasmine this morning to prepare for the conference. He calls you afterwards.

Mr. Oduya: I need to tell you what I saw. She checked her phone every few minutes and answered most questions with "whatever Tyler thinks". He'll drive her to the conference. She asked if it's okay to say it was mostly her fault. I'm not trained for partner cases, and I don't think she's free in this.

Tyler's lawyer has already told the court a conference is under way.]],
    notes = [[Preparation exists partly to catch exactly this. Red flags raised in preparation can and should stop a conference. Pulling the case back cannot undo the referral, but it can stop further harm.]],
    choice { "Keep it, but by video: Tyler joins from his lawyer's office, Jasmine from Mr. Oduya's",
      id = "video-conference",
      to = "joint_process",
      violation = "ipv_conference",
      score = { safety = -1, voluntary = -1 },
      feedback = [[This breaks a safeguard: a standard conference in an intimate-partner case, by another name. Separate rooms do not remove control: he still drives her there, and she still plans to take the blame.]],
    },
    choice { "Stop it. Thank Mr. Oduya, take the case back, and ask Ms. Delgado to contact her",
      id = "stop-conference",
      when = function(v) return not v.reviewed end,
      to = { { 1, "advocate_meets" }, { 1, "no_answer" } },
      score = { safety = 2, respect = 1 },
      feedback = [[Right, even though late. The referral still counts as a broken safeguard, but she will not sit across from him in a room built for equals. Thanking Mr. Oduya tells your office that a facilitator who raises a flag has done the job.]],
    },
    choice { "Stop it. Thank Mr. Oduya, take the case back for prosecution, and ask Ms. Delgado to stay close to her",
      id = "stop-and-prosecute",
      when = function(v) return v.reviewed end,
      to = "what_to_tell",
      score = { safety = 2, respect = 1 },
      feedback = [[Right, even though late. The referral still counts as a broken safeguard, but she will not sit across from him in a room built for equals. Thanking Mr. Oduya tells your office that a facilitator who raises a flag has done the job.]],
    },
    choice { "Let it go ahead: she asked for it, and Mr. Oduya can stop it in the room if things go wrong",
      id = "go-ahead",
      to = "joint_process",
      violation = "ignored_red_flag",
      score = { safety = -1, voluntary = -1, respect = -1 },
      feedback = [[This breaks a safeguard: going ahead face to face after a red flag. The facilitator has told you she is not free, and he has said he cannot manage it. By now "what she asked for" is what Tyler asked for.]],
    },
  },

  scene "risk_review" {
    title = "Thursday: case review",
    text = function(v)
      local parts = { [[The evidence does not rest on Jasmine: the 911 call, bodycam of her injuries and her words at the scene ("He grabbed my arm and hit me"), photographs.]] }
      if v.risk_done then
        parts[#parts + 1] = "Ms. Delgado's risk assessment rates the risk high: past strangulation, control of money and phone, contact within three days of the order."
      end
      if v.pushed then
        parts[#parts + 1] = "Ms. Delgado adds: since Wednesday Jasmine has stopped answering her."
      end
      parts[#parts + 1] = [[Daniel Feld, the public defender, has emailed: "She wants to reconcile. Twelve weeks of couples counseling, then dismissal? He keeps his job." Your supervisor likes anything that clears the calendar.]]
      return table.concat(parts, "\n\n")
    end,
    notes = [[The protective path is a prosecution built on the evidence, with advocacy beside it. Couples counseling as a condition of dismissal is widely advised against where there is abuse and control: it treats the violence as a shared problem and makes her attendance something he will press for.]],
    choice { "Keep prosecuting on the evidence, ask the court to keep the order, and keep Ms. Delgado with her",
      id = "keep-prosecution",
      to = "what_to_tell",
      score = { safety = 2, accountability = 2, due_process = 1, victim_voice = -1 },
      feedback = [[Safety and accountability: the case goes forward on evidence, not on whether she can stand up to him. It costs her stated wish, which was to end it, and what you tell her now needs care. That is the next decision.]],
    },
    choice { "Accept Mr. Feld's offer: counseling for the couple, then dismissal, as she says she wants",
      id = "couples-counseling",
      to = "joint_process",
      set = { route = "counseling" },
      score = { victim_voice = 1, safety = -2, accountability = -2, repair = -1 },
      feedback = [[It matches what she said and clears a case. But couples counseling treats his violence as a relationship problem, puts her in a room where honesty can cost her, and makes his dismissal depend on her attending, which he will see to.]],
    },
    choice { "Ask Mr. Oduya to screen it for his program after all, since his facilitators prepare people carefully",
      id = "divert-conference",
      when = function(v) return v.route == "none" end,
      to = "conference_prep",
      set = { route = "conference", reviewed = true },
      violation = "ipv_conference",
      score = { safety = -2, accountability = -2, victim_voice = -1 },
      feedback = [[This breaks a safeguard: sending intimate-partner violence to a standard conference. Careful preparation is why such programs exclude these cases, not a way round the exclusion.]],
    },
  },

  scene "what_to_tell" {
    title = "Friday: what you tell her",
    text = function(v)
      local parts = {}
      if v.pushed then
        parts[#parts + 1] = "After a week of silence, Jasmine calls Ms. Delgado from work and agrees to a short call with you."
      else
        parts[#parts + 1] = "Jasmine agrees to a call with you, Ms. Delgado on the line."
      end
      if v.route == "conference" then
        parts[#parts + 1] = "Jasmine: So now there's no mediation either? Tyler keeps asking what happened. I have to tell him something."
      else
        parts[#parts + 1] = "Jasmine: So is it mediation or not? Tyler keeps asking. I have to tell him something."
      end
      parts[#parts + 1] = "The office will not send this case to mediation. How you say it matters as much as what you say."
      return table.concat(parts, "\n\n")
    end,
    notes = [[Taking the decision off her shoulders is protective: she can truthfully tell him it is not up to her. It also takes something from her. She keeps real choices: the advocate, what she wants from the order, what she says at sentencing, and whether to ask later for a specialist process.]],
    questions = { "Why can 'it's up to you' be the least safe thing to say to her?" },
    choice { "Say the office has decided, and you can't discuss the case while anyone else might be listening",
      id = "cold-decision",
      to = "nco_hearing",
      score = { safety = 1, victim_voice = -2, respect = -1 },
      feedback = [[Careful about who is listening, and the decision is the right one. But she learns nothing about why, or about what is still hers to choose, and a flat refusal is what she will remember the next time she needs help.]],
    },
    choice { "Say her wishes carry real weight, and if she wants the case dropped, you'll recommend dismissal",
      id = "her-call",
      to = "drop_request",
      score = { voluntary = 1, victim_voice = 1, safety = -2, accountability = -2 },
      feedback = [[It sounds respectful, and it is true that her wishes matter. But it hands her the one decision he is pressing her to make and makes her answerable for what happens to him. With this much control, "it's up to you" means "it's up to him".]],
    },
    choice { "Tell her going on is the office's decision, so she can say it's out of her hands, then list what stays hers",
      id = "explain-honestly",
      to = "nco_hearing",
      set = { informed = true },
      score = { victim_voice = 2, respect = 1, safety = 1, voluntary = -1 },
      feedback = [[She hears the truth without blame, and the decision he is pressing her to make is no longer hers to carry. It costs her a choice she asked for: the case goes on against her stated wish. What she keeps (the advocate, her say on the order, her voice at sentencing) is real, and she knows it.]],
    },
  },

  scene "drop_request" {
    title = "Monday: she calls back",
    text = [[Jasmine calls first thing. You can hear a television and a man's voice.

Jasmine: I want it dropped. You said you would.

Ms. Delgado, listening in, writes on a pad and turns it to you: "That's his phone."]],
    notes = [[A promise made in good faith has put the decision on her. Keeping it ends the order; breaking it costs her trust. The safer course still needs honesty about the mistake.]],
    choice { "Keep your word and file the dismissal: she shouldn't be let down by one more person",
      id = "keep-word",
      to = "dismissed",
      score = { respect = 1, voluntary = 1, safety = -2, accountability = -2 },
      feedback = [[Keeping promises matters, and breaking this one will cost you her trust. But the request comes on his phone with him in the room, and dismissal ends the order that protects her.]],
    },
    choice { "Say you spoke too soon: the office goes on, it isn't her decision, and Ms. Delgado will call her at work",
      id = "own-mistake",
      to = "nco_hearing",
      set = { informed = true },
      score = { safety = 2, accountability = 1, respect = -1 },
      feedback = [[You own the mistake and take the decision back where it belongs. It costs you her trust for now: she was promised something and it has been withdrawn. Telling her plainly it isn't her decision gives her something true to say to him.]],
    },
  },

  scene "nco_hearing" {
    title = "Two weeks later: the order",
    text = function(v)
      local parts = { [[Mr. Feld moves to change the no-contact order to "no hostile contact", so Tyler can call and visit. Jasmine has told Ms. Delgado she wants it too: she can't pay the rent alone, and she wants to talk to him before anything else happens.]] }
      if v.risk_done then
        parts[#parts + 1] = "The risk assessment in your file rates the risk high."
      else
        parts[#parts + 1] = "There is no risk assessment in the file: only the strangulation history Ms. Delgado passed on."
      end
      parts[#parts + 1] = "The judge asks for the State's position."
      return table.concat(parts, "\n\n")
    end,
    notes = [[Contested practice. Courts do modify no-contact orders at a victim's request, and a prosecutor who always opposes teaches victims that speaking up changes nothing. Others keep the order until risk has been reviewed and the defendant has begun a program. Whether and when to allow contact before any supervised contact has taken place is a judgement, not a rule [verify local practice on victim-requested modifications].]],
    questions = { "What does she gain, and what does she risk, if the order is narrowed now?" },
    choice { "Support a narrower order: calls about rent and belongings, no visits, no hostile contact, reviewed in thirty days",
      id = "narrow-order",
      to = "victim_initiated",
      set = { order = "narrowed" },
      score = { victim_voice = 2, safety = -1 },
      feedback = [[A defensible call. Her stated wish shapes the order, the change is limited and reviewed, and she learns that the court hears her. The cost is risk: he can now call her, and calls are how control works.]],
    },
    choice { "Argue she is under his influence, so the court should give her request no weight at all",
      id = "discount-her",
      to = "victim_initiated",
      score = { safety = 1, victim_voice = -2, respect = -2 },
      feedback = [[The risk may be real, but this tells the court, and her, that her words count for nothing. It is the same message he gives her, and it makes her less likely to speak up next time.]],
    },
    choice { "Oppose any change for now: tell the judge her wish in her words, the risk, and ask to revisit in sixty days",
      id = "keep-order",
      to = "victim_initiated",
      score = { safety = 2, victim_voice = 1 },
      feedback = [[A defensible call. The protection stays while risk is high, and her wish reaches the judge in her own words, with a date to look again. The cost is hers: rent, and the contact she asked for, wait sixty days.]],
    },
  },

  scene "victim_initiated" {
    title = "Five weeks later",
    text = function(v)
      local parts = {}
      if v.order == "narrowed" then
        parts[#parts + 1] = "Tyler has kept to the narrowed order, though Ms. Delgado notes the calls are long and frequent. Jasmine has moved in with her sister."
      else
        parts[#parts + 1] = "The order stands. Jasmine has moved in with her sister and sees Ms. Delgado weekly."
      end
      parts[#parts + 1] = [[Jasmine: I don't want it to go away anymore. But I want to tell him to his face what he did. Not with his mom there making excuses. Is there any way?]]
      parts[#parts + 1] = [[Your office allows one route, modelled on Colorado's HB 24-1101 as introduced: a victim-initiated referral to a facilitator trained in domestic violence, who decides with her whether and how any contact happens. It runs alongside the prosecution, never instead of it.]]
      return table.concat(parts, "\n\n")
    end,
    notes = [[This time the request starts with her, after advocacy and with the pressure reduced, and it is about being heard. HB 24-1101 as introduced would let victims request restorative justice, decline it or change their minds, with a specially trained facilitator in domestic-violence cases, confidentiality unless all parties agree, and prosecutorial discretion kept [verify what, if anything, was enacted]. Waiting until the case ends is also defensible.]],
    questions = { "What makes this request different from the first phone call?" },
    choice { "Refer her, and let Mr. Feld know Tyler's taking part will count in his favor at sentencing",
      id = "sweeten-referral",
      to = "plea_stage",
      set = { specialist = true },
      violation = "coerced_accused",
      score = { voluntary = -2, due_process = -2 },
      feedback = [[This breaks a safeguard: inducing the accused to take part. A reward turns his participation into a plea tactic, and she will face someone performing remorse for a judge, not answering to her.]],
    },
    choice { "Explain the specialist route honestly: risk assessed first, separate from the case, she can stop any time. Refer if she still wants it",
      id = "specialist-referral",
      to = "plea_stage",
      set = { specialist = true },
      score = { victim_voice = 2, voluntary = 1, repair = 1, safety = -1 },
      feedback = [[Her request, her pace, a specialist, and a wall between it and the case. It may lead to letters, a meeting, or nothing. The cost is safety: any contact, however prepared, carries risk while the case is open. Waiting would be safer, and less hers.]],
    },
    choice { "Note her wish with Ms. Delgado and suggest she raise it once the case is over and the order is settled",
      id = "after-case",
      to = "plea_stage",
      score = { safety = 1, victim_voice = 1 },
      feedback = [[A cautious, defensible answer: her wish is on record and no contact happens while the case is open. It delays something she asked for that your office can offer now, safely and alongside the case.]],
    },
  },

  scene "plea_stage" {
    title = "Pretrial: the defense calls",
    text = function(v)
      local parts = { [[Mr. Feld: He's kept to the order, and he'll do classes. But a domestic-violence conviction costs him his job. Disorderly conduct, a fine, done this month? Or dismiss after a few sessions with a private mediator. She asked for mediation, remember.]] }
      if v.specialist then
        parts[#parts + 1] = "Mr. Feld: And a facilitator has contacted my client about something she asked for. He's agreed to meet her."
      end
      parts[#parts + 1] = "Your trial calendar is full for four months."
      return table.concat(parts, "\n\n")
    end,
    notes = [[A plea to the offense that happened, with an intervention program and supervision, gives accountability and keeps protection in place. Any specialist process runs separately and confidentially: what Tyler says there must never reach the prosecution.]],
    questions = { "What does a quick plea to a non-domestic offense save, and what does it cost?" },
    choice { "Take disorderly conduct and a fine: he keeps his job, she's spared a trial, and it's over this month",
      id = "non-dv-plea",
      to = "quick_plea",
      score = { victim_voice = 1, accountability = -2, safety = -2, repair = -1 },
      feedback = [[Quicker and milder, and she is spared a trial. But the mildest response still has to meet safety: no program, no supervision, no domestic-violence designation, and the protection ends with the case.]],
    },
    choice { "Ask the facilitator for what Tyler admits in preparation, in case he backs out of a plea",
      id = "ask-facilitator-notes",
      when = function(v) return v.specialist end,
      to = "rj_compromised",
      violation = "statements_used",
      score = { due_process = -1, voluntary = -1 },
      feedback = [[This breaks a safeguard: using what is said in a restorative process as evidence. It is confidential unless every party agrees. Asking turns her request into a trap for him, and it ends the process she asked for.]],
    },
    choice { "Offer the assault as charged, DV-designated, with an intervention program and probation. No mediation term",
      id = "dv-plea",
      to = "prosecution_support",
      score = { accountability = 2, repair = 1, due_process = 1, safety = 1 },
      feedback = [[The plea names what happened, the program and supervision address it, and nothing in it makes her sit across from him. It costs him more than a fine, and it costs her a slower end: probation keeps the case in her life for a year.]],
    },
    choice { "Agree to dismiss once they complete a few sessions with a private mediator, as she first asked",
      id = "mediation-dismissal",
      to = "joint_process",
      set = { route = "mediation" },
      violation = "ipv_conference",
      score = { accountability = -1, safety = -1, voluntary = -1 },
      feedback = [[This breaks a safeguard: making mediation the price of dismissal in an intimate-partner case. He gets every reason to press her to attend and agree. The Istanbul Convention (Art. 48) prohibits mandatory mediation here, and a mediation that buys a dismissal is mandatory in all but name.]],
    },
  },

  ending "prosecution_support" {
    title = "Prosecution, with support beside it",
    text = function(v)
      local parts = { "Tyler pleads guilty to misdemeanor assault with a domestic-violence designation: supervised probation and a certified intervention program." }
      if v.specialist then
        parts[#parts + 1] = "Separately, the specialist facilitator meets Jasmine three times and Tyler twice. In the spring, with her sister beside her, Jasmine reads Tyler a letter in a room she chose. The case never depended on it."
      elseif v.informed then
        parts[#parts + 1] = "Jasmine reads a short statement at sentencing about the last three years. She still wants to face him one day, and has that on record."
      else
        parts[#parts + 1] = "Jasmine does not come to sentencing. Ms. Delgado reads two lines on her behalf."
      end
      if v.order == "narrowed" then
        parts[#parts + 1] = "The narrowed order holds. Ms. Delgado keeps an eye on the calls."
      end
      return table.concat(parts, "\n\n")
    end,
    outcome = {
      victim = "She is not the one who 'pressed charges', and can say so. She has an advocate, a safety plan and a say on the order; any restorative contact is hers to start and stop.",
      accused = "A domestic-violence conviction, a program and supervision, with his lawyer beside him: accountability a conversation alone could not give.",
      community = "A clear answer to partner violence that does not rest on the victim's shoulders or trade her safety for a quick close.",
    },
    debrief = [[Much here was contested: whether to send police to the breach, whether to narrow the order, whether to refer her now or later. Reasonable prosecutors differ, and the scenario scored those as trade-offs. What was not contested: a standard conference is the wrong tool for partner violence, silence and pressure are not consent, and any victim-initiated process runs with a specialist, alongside the case, never instead of it.]],
    questions = { "At which moment did the request stop being his and start being hers?" },
  },

  ending "joint_process" {
    title = "Talked it out",
    text = function(v)
      local first = [[The conference goes ahead. Tyler drives Jasmine there. She says it was "a misunderstanding" and "mostly my fault"; Tyler apologizes for "losing his temper". They agree to "communicate better", and the case is dismissed.]]
      if v.route == "counseling" then
        first = [[Jasmine goes to four couples-counseling sessions with Tyler, and says less at each one. The case is dismissed after the last session.]]
      elseif v.route == "mediation" then
        first = [[The judge approves the dismissal once the couple has seen a private mediator twice. Tyler drives Jasmine to both. The mediator's summary says they "agreed to communicate better".]]
      end
      return first .. [[ The no-contact order ends with the case.

Six weeks later Ms. Delgado's calls go unanswered. In August officers are called to a new address, where Jasmine now lives with Tyler.]]
    end,
    outcome = {
      victim = "She sat across from the man who hurt her in a process built for equals, and took the blame. The case is gone, and so is her contact with the advocate.",
      accused = "No conviction and no program. He learned that pressure works.",
      community = "Partner violence treated as a misunderstanding between equals, and a next call that may be worse.",
    },
    debrief = [[Restorative and mediated processes assume two people who can speak freely and safely. Coercive control removes exactly that. This is why DC's program and Common Justice exclude intimate-partner violence, and why the Istanbul Convention bars mandatory mediation. A request for mediation is something to explore and answer honestly, not an instruction to follow.]],
  },

  ending "dismissed" {
    title = "Dropped",
    text = [[You dismiss the case. The no-contact order ends with it.

Ms. Delgado's last text to Jasmine is never read.]],
    outcome = {
      victim = "The case went away, as he wanted. The protection went with it.",
      accused = "No consequence. The control that produced the request is untouched.",
      community = "Partner violence closes as soon as the person harmed is pressed hard enough, which is what an abusive partner counts on.",
    },
    debrief = [[Telling her it was her call sounded respectful, and keeping your word sounded honest. Together they made her the person he had to pressure. Her choices are real where they concern her (support, safety, what she says and when); whether the State goes on is the office's decision, and saying so protects her.]],
  },

  ending "quick_plea" {
    title = "A plea that names nothing",
    text = function(v)
      local s = [[Tyler pleads guilty to disorderly conduct and pays a fine. There is no program and no probation, and the no-contact order ends at sentencing.

Nothing in the court record now says this was violence against a partner.]]
      if v.specialist then
        s = s .. "\n\nThe specialist process goes on for a while. Tyler stops coming once the case is closed."
      end
      return s
    end,
    outcome = {
      victim = "No trial, but the protection ends with the case and nothing in the sentence addresses her safety.",
      accused = "A minor conviction with no program. The next risk assessment may miss this history.",
      community = "A quick close, and a record that hides the pattern from the next officer, prosecutor or judge.",
    },
    debrief = [[Up to the plea, much of this path may have been sound. But the least intrusive response is the mildest one that still meets safety, not simply the quickest. A plea that removes what happened from the record, with no program and no supervision, saves a trial at the cost of her protection and of any real accountability.]],
  },

  ending "rj_compromised" {
    title = "Broken confidence",
    text = [[The facilitator refuses: what is said in preparation stays confidential unless everyone agrees. She tells Jasmine and Tyler that the prosecutor asked, and the process ends. Mr. Feld files a motion.

Jasmine calls Ms. Delgado in tears: "Was it all a trick?" The case resolves months later with a plea to the assault. Jasmine does not come to sentencing.]],
    outcome = {
      victim = "The process she asked for ends, and she feels used by the office meant to support her.",
      accused = "He stops taking part, and his lawyer has a motion about the prosecution's conduct.",
      community = "Survivors and defendants learn that restorative conversations may become evidence.",
    },
    debrief = [[A restorative process alongside a prosecution only works if it is walled off from it. What is said in preparation or in a meeting is confidential unless every party agrees (as HB 24-1101 as introduced would provide). Using it breaks a core safeguard and ends the process for this family and the ones after it.]],
  },
}
