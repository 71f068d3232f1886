-- Prints on the Glass: a residential burglary with strong forensic evidence; the suspect denies it.
-- Premise 7 of the research notes (shared/reference/restorative-practice.md, B.7), modelled on
-- the UN Basic Principles paras 7 and 11 (B.1), the Scottish Government guidance on
-- acknowledgement (B.1, "Other codified safeguards") and the UK Justice Research Consortium
-- post-plea conferences in London (B.6; Angel et al. 2014).
-- Version 2 (issue #13): options of comparable length and register, each with its own reason;
-- trade-offs at the first visit, the custody corridor, the charging call and the update; a
-- referral made in denial now costs the case later instead of ending it at once.

-- A meeting after plea built on a flawed step: the victim told it was already arranged, or
-- the offender promised a lighter sentence for taking part.
local function hollow(v)
  return v.offer ~= "free"
end

return scenario {
  id = "burglary-denial",
  version = 2,
  title = "Prints on the Glass",
  role = "officer",
  summary = [[A nurse's home in south-east London is burgled, and the fingerprint and blood on the broken window match a 24-year-old man who says he has never been there. As the officer in the case you deal with the victim's wish to ask him "why us", his offer to "say sorry" without admitting anything, and the pull to bargain or delay. Whether a restorative meeting ever happens depends on what he does after charge, and on how you handle it.]],
  minutes = 18,
  modelled_on = "UN Basic Principles on restorative justice (ECOSOC 2002/12) paras 7 and 11; Scottish Government guidance on acknowledgement of harm; Justice Research Consortium post-plea, pre-sentence conferences in London (Angel et al. 2014)",
  speakers = { "Joanne", "Liam", "Ms. Obi", "DS Hollis", "Tom" },
  figures = {
    { text = "In London randomised trials with 192 burglary and robbery victims, where conferences were held after the offender's guilty plea, victims assigned to a conference had 49% fewer cases of clinical-level post-traumatic stress symptoms. This was measured about a month later, so it is a short-term effect.",
      source = "Angel et al. (2014), Journal of Experimental Criminology: link.springer.com/article/10.1007/s11292-014-9200-0" },
    { text = "A Campbell systematic review of 10 randomised trials (1,880 consenting offenders, convictions counted over two years) found a modest but highly cost-effective cut in the frequency of repeat convictions after restorative justice conferences. In the 7 UK trials the benefits were 3.7 to 8.1 times the cost. Only consenting offenders and victims were randomised.",
      source = "Sherman, Strang, Mayo-Wilson, Woods & Ariel (2015), 'Are restorative justice conferences effective in reducing repeat offending?', Journal of Quantitative Criminology" },
  },
  vars = {
    told = "none",          -- what Joanne was first told: "honest", "promised", "court"
    off_record = false,     -- Liam was invited to admit it off tape, before his solicitor arrived
    induced = false,        -- Liam was offered a meeting instead of a charge if he admitted it on tape
    denial_referral = false, -- a meeting was requested from the service while Liam denied it
    update = "none",        -- what Joanne was told after charge: "honest", "misled", "brief"
    offer = "none",         -- how the post-plea meeting was offered: "free", "pressed", "induced"
    sent_nothing = false,   -- not even the agreed outcome went to the court
  },
  start = "report",

  scene "report" {
    title = "A Wednesday in March, 8:15 am — Halcyon Road, Catford",
    text = [[You are a detective constable on the burglary team in Lewisham. Joanne Whitfield, 38, a ward nurse, came home from a shift yesterday to find her kitchen window smashed. Taken: a laptop, her children's games console, £200 from a biscuit tin, and the gold watch her late father wore every day for thirty years.

The crime scene examiner lifted a fingerprint from inside the window frame and swabbed blood from the broken glass.

Joanne makes tea she doesn't drink. Her son Sam, six, would not sleep in his own room last night.

Joanne: If you catch him, I want to ask him why us. Why my dad's watch. Can I do that? I've heard they do meetings now.]],
    notes = [[Victims in England and Wales are entitled to information about restorative justice [verify the current Victims' Code wording]. What they are owed is honest information: a meeting needs the person responsible to accept what he did, and both sides to choose it freely (UN Basic Principles 7). A promise is not honest, and neither is a brush-off, however kindly meant.]],
    questions = {
      "What can you truthfully tell Joanne about a meeting before anyone has been caught?",
      "What does Joanne need this week, whatever happens to the case?",
    },
    choice { "Tell her yes: once he is caught you will make sure she gets to sit down with him, because after this she deserves her answer.",
      to = "custody",
      id = "promise-meeting",
      set = { told = "promised" },
      score = { victim_voice = 1, voluntary = -3, safety = -1 },
      feedback = [[It answers her wish, and today she feels heard. But it is a promise you cannot keep: a meeting depends on the person responsible accepting what he did and choosing to take part (UN Basic Principles 7). If he denies it, Joanne is set up for a second disappointment, this time from the police.]],
    },
    choice { "Say a meeting is possible only if whoever did it admits it and both of them choose it, perhaps only after a plea; note her interest for the service.",
      to = "custody",
      id = "honest-information",
      set = { told = "honest" },
      score = { voluntary = 2, victim_voice = 2 },
      feedback = [[The best answer, with a cost. Joanne hears what a meeting depends on, so any choice she makes later is informed (UN Basic Principles 7 and 13(b)), and her interest is on record. What it costs: she hoped for a yes and got a "maybe", and the Victim Support referral she also needed waits for another day.]],
    },
    choice { "Keep her hopes low: cases like this go to court. Refer her and Sam to Victim Support today, so help does not wait on the case.",
      to = "custody",
      id = "court-and-support",
      set = { told = "court" },
      score = { safety = 2, victim_voice = -1 },
      feedback = [[Defensible: the support referral is right and should not wait, and that is its gain. What it costs: her question was about a meeting, and "cases like this go to court" is not the whole truth: meetings are used for burglary, including after a guilty plea in London. She needed the honest answer as well as the help.]],
    },
  },

  scene "custody" {
    title = "Friday, 11:40 am — Lewisham custody suite",
    text = [[The fingerprint and the blood both match Liam Foster, 24, of Bellingham, who has two convictions for shoplifting. You arrested him at his mother's flat at 7 am. Nothing from Halcyon Road was found.

At the custody desk Sergeant Patel told him his rights. He asked for the duty solicitor, who will be about an hour.

As you walk him back to his cell, he stops.

Liam: Boss. Off the record. What if I just say sorry to the lady? That restorative thing. Can we sort it like that, no charge, no court?]],
    notes = [[Under PACE Code C a suspect who has asked for legal advice should not normally be interviewed until he has had it, and an interviewer must not indicate what the police will do if he answers questions or admits something, beyond a truthful answer to a direct question about action that is itself proper [verify paras 6.6 and 11.5]. Questioning about the offence in a corridor is still an interview.]],
    questions = {
      "Why is a corridor conversation so risky for the case as well as for Liam?",
      "Is it ever fair to mention restorative justice to a suspect before he has had legal advice?",
    },
    choice { "Be straight with him: restorative justice is only for people who own up to what they did, so he should think about that before she arrives.",
      to = "interview",
      id = "hint-at-admission",
      score = { accountability = 1, due_process = -1, voluntary = -2 },
      feedback = [[True, and it puts responsibility where it belongs. But said in a corridor to a man waiting for his solicitor, it is pressure to admit, close to what the codes forbid: holding out what follows if a suspect admits something. The same words, said in interview with his solicitor there, would be fine.]],
    },
    choice { "Tell him if he wants to talk about it now, off tape, you will see what can be done about a restorative meeting instead of a charge.",
      to = "interview",
      id = "off-the-record-deal",
      violation = "admission_before_counsel",
      set = { off_record = true },
      score = { due_process = -3, voluntary = -2 },
      feedback = [[This seeks an admission before he has had the advice he asked for, and pays for it with a promise you cannot keep. Whatever he says is unrecorded, unreliable and very likely inadmissible, and it taints what follows. Restorative justice is never traded for a confession (UN Basic Principles 13(a) and (c)).]],
    },
    choice { "Say nothing about the case out here, and tell him why: he asked for a solicitor, and he can ask her about it when she comes.",
      to = "interview",
      id = "wait-for-solicitor",
      score = { due_process = 2, voluntary = 1 },
      feedback = [[Right, and it costs something. He asked for a solicitor, so talk about the offence waits for her and for the tape, and any choice he makes later will be informed (UN Basic Principles 13(a)). What it costs: his moment of wanting to make amends goes unanswered for now, and you cannot tell him what that would really take.]],
    },
  },

  scene "interview" {
    title = "2:15 pm — Interview room 3",
    text = function(v)
      local t = ""
      if v.off_record then
        t = "In the corridor, before his solicitor arrived, Liam muttered that he \"needed money\" and \"was off his head\". He has since spoken to his solicitor.\n\n"
      end
      return t .. [[The interview is recorded, under caution. Adaeze Obi, the duty solicitor, sits beside Liam.

You put the evidence to him: his fingerprint inside the frame, his blood on the glass.

Liam: I've never been in that house. I don't know how my prints got there. I did some labouring round Catford last year. Maybe that.

Near the end he leans forward.

Liam: Look, I'll meet her. I'll say sorry for what happened to her, it's horrible. I'm not saying it was me. But if that keeps it out of court, fine.

Ms. Obi: For the tape, my client makes no admission.]]
    end,
    notes = [[Restorative justice presumes that the person who caused harm accepts what he did. The Scottish Government's guidance is blunt: if the person who has harmed shows no sign of acknowledging the harm, the process should not go ahead. "Sorry it happened to you, but it wasn't me" is not acknowledgement.]],
    questions = {
      "What would Joanne hear in a meeting with a man who says he was never there?",
      "How can you be honest with Liam about restorative justice without offering him a deal?",
    },
    choice { "Tell him, with Ms. Obi there, that no meeting can happen while he says he was never there; the file goes for a charging decision as normal.",
      to = "sergeant",
      id = "explain-no-rj-in-denial",
      score = { due_process = 2, accountability = 1, voluntary = 1 },
      feedback = [[Right. He hears the truth with his solicitor present: no meeting while he denies it, no deal, and the case goes on in the ordinary way (UN Basic Principles 11). Nothing is promised, so nothing is bought, and the door is open if he ever accepts what he did.]],
    },
    choice { "Tell him if he accepts it now, on tape, you will ask the CPS to consider a restorative outcome rather than a charge for this one.",
      to = "sergeant",
      id = "trade-rj-for-admission",
      violation = "coerced_accused",
      set = { induced = true },
      score = { voluntary = -3, due_process = -2, accountability = -1 },
      feedback = [[This is an unfair inducement to admit (UN Basic Principles 13(c)), and it is not yours to offer: the charging decision is the CPS's. Ms. Obi stops the interview at once. An admission bought with a promise is unreliable as evidence and worthless as accountability.]],
    },
    choice { "Take his offer as a start: ask the restorative service whether a facilitator could sound him out, and see whether he opens up to them.",
      to = "sergeant",
      id = "meet-while-denying",
      violation = "responsibility_denied",
      set = { denial_referral = true },
      score = { accountability = -3, safety = -1 },
      feedback = [[This starts a restorative process while he denies the offence. Restorative justice presumes the person accepts what he did; without that, a facilitator would be working as an interviewer, and Joanne would be asking "why me?" of a man who says he was never there. The service will say so, and the case loses days.]],
    },
  },

  scene "sergeant" {
    title = "Friday, 5:30 pm — the CID office",
    text = function(v)
      local t = [[DS Mark Hollis reads the interview summary.

DS Hollis: Prints and blood, and he's still denying.]]
      if v.induced then
        t = t .. " And what was that at the end? Ms. Obi's already emailed about an inducement."
      end
      if v.denial_referral then
        t = t .. [[ And the RJ service rang: Tom Reilly won't touch a referral while the suspect denies it, and wants to know what the victim's been told.]]
      end
      return t .. [[ Your call. Release him under investigation while the lab double-checks the blood, or put it to CPS Direct tonight. Or the victim wants a meeting: tell her he wants to say sorry and he'll fold when he sees her.

The custody clock has hours left. Liam lives three miles from Halcyon Road.]]
    end,
    notes = [[Where a restorative process is unsuitable, the case goes back to the ordinary process and is decided without delay (UN Basic Principles 11). Bail conditions must be necessary and proportionate [verify the Bail Act test for police bail conditions]: here the choice between conditions and none is a real judgement.]],
    questions = {
      "Who pays for a case left 'under investigation' for months?",
      "Does Joanne need a bail condition, or does Liam need to be free of one?",
    },
    choice { "Charge through CPS Direct tonight, and bail him without conditions: he lives miles away and has never gone near her.",
      to = "update",
      id = "charge-no-conditions",
      score = { due_process = 2, least_intrusive = 1, safety = -1 },
      feedback = [[The best answer by a small margin. The case goes into the ordinary process at once (UN Basic Principles 11), and a man not yet convicted is not restricted beyond what the evidence of risk requires: nothing suggests he knows Joanne or would go back. What it costs: a frightened family gets no assurance that he must stay away from their street.]],
    },
    choice { "Release him under investigation for now: the lab can confirm the blood, and he may accept it once he has had time to think.",
      to = "limbo",
      id = "release-under-investigation",
      score = { least_intrusive = 1, due_process = -1, victim_voice = -2 },
      feedback = [[It spares him a charge tonight, and a second lab result is not unreasonable. But the evidence is already strong, and waiting for him to "come round" turns time into pressure and leaves Joanne with nothing. Unsuitable cases go back to the ordinary process without delay (UN Basic Principles 11).]],
    },
    choice { "Ask Joanne tomorrow whether she would meet him, telling her he has said he is sorry, and see whether facing her moves him.",
      to = "meeting-in-denial",
      id = "mislead-victim",
      violation = "no_victim_consent",
      score = { victim_voice = -2, safety = -2, accountability = -1 },
      feedback = [[Consent built on a half-truth is not informed consent (UN Basic Principles 7 and 13(b)). Joanne would agree to meet a man she thinks wants to apologise, and meet one who says he was never there. It uses her as a tool to get a confession.]],
    },
    choice { "Charge through CPS Direct tonight, and ask for a bail condition keeping him away from Halcyon Road while the case runs.",
      to = "update",
      id = "charging-decision-now",
      score = { due_process = 2, safety = 2, least_intrusive = -1 },
      feedback = [[Defensible, and close to the best. The case goes into the ordinary process at once (UN Basic Principles 11), and the condition gives a frightened family an assurance. What it costs: a restriction on a man not yet convicted, with nothing to show he would go near her; conditions are for a risk the evidence shows, not one we fear.]],
    },
  },

  scene "update" {
    title = "Monday, 10:00 am — a phone call",
    text = function(v)
      local t = [[Liam Foster was charged on Friday night with domestic burglary. His first hearing is at the magistrates' court in three weeks.

You ring Joanne.

]]
      if v.told == "promised" then
        t = t .. "Joanne: So when do I meet him? You said you'd set it up."
      elseif v.told == "court" then
        t = t .. "Joanne: Right. So it's court, then. Victim Support rang, by the way. That helped."
      else
        t = t .. "Joanne: Is it him? Did he say why? You said a meeting depended on him."
      end
      return t .. [[


She tells you Sam is still sleeping in her bed most nights.]]
    end,
    notes = [[Honest updates are part of putting the victim's needs first. Joanne can be told that he denies the offence and what that means, without being told what he said in interview. A Victim Personal Statement lets her tell the court, in her own words, how the burglary has affected her family, whatever the plea. Witness Care Units keep victims updated once a case is charged [verify local arrangements].]],
    questions = {
      "What must Joanne know now, so that any choice she makes later is her own?",
    },
    choice { "Tell her he denies it, so no meeting for now; if he pleads guilty she may be offered one. Offer to help with her Victim Personal Statement.",
      to = { { 3, "plea" }, { 2, "trial" } },
      id = "honest-update",
      set = { update = "honest" },
      score = { victim_voice = 2, voluntary = 1 },
      feedback = [[Right. Joanne knows where things stand and what might come later, without a promise, and the Victim Personal Statement gives her a voice in court whatever the plea. It is hard news to give; "he denies it" is not what she hoped for.]],
    },
    choice { "Tell her he said in interview that he is sorry for what happened to her, so there is real hope of a meeting once court is over.",
      to = { { 3, "plea" }, { 2, "trial" } },
      id = "spin-the-update",
      set = { update = "misled" },
      score = { victim_voice = -1, voluntary = -2 },
      feedback = [[It is kind, and it is what he said. But he said it while denying he did it, so passing it on as an apology misleads her and builds an expectation that may never be met. Victims need the truth to make their own choices.]],
    },
    choice { "Keep it short: he is charged, the court has it now, and the Witness Care Unit will update her from here, so she hears one voice.",
      to = { { 3, "plea" }, { 2, "trial" } },
      id = "brief-update",
      set = { update = "brief" },
      score = { victim_voice = -1, least_intrusive = 1 },
      feedback = [[One point of contact is a sound idea, and you do not crowd her. But she asked about a meeting and about him, and she still has a voice: a Victim Personal Statement and a possible meeting after a plea. Handing her on without telling her that leaves her out of her own case.]],
    },
  },

  scene "plea" {
    title = "Six weeks later — Woolwich Crown Court",
    text = function(v)
      local t = [[At the plea and trial preparation hearing, after advice from his barrister, Liam Foster pleads guilty. Sentence is adjourned for three weeks for a pre-sentence report.

Outside court, Ms. Obi finds you.

Ms. Obi: He says he'd meet Ms. Whitfield now, if she wants to. He asked me whether it would help him at sentence. I told him I can't promise that, and he says he wants to do it anyway.

Tom Reilly, a facilitator with the restorative justice service, can prepare a meeting before sentence if both of them choose it.]]
      if v.update == "misled" then
        t = t .. "\n\nJoanne has been expecting a meeting since you told her he was sorry."
      elseif v.update == "brief" then
        t = t .. "\n\nNobody has told Joanne that a meeting might be possible."
      end
      return t
    end,
    notes = [[This is the point at which the Justice Research Consortium's London trials offered conferences: after a guilty plea and before sentence. The facilitator, not the officer, prepares each side. The victim's choice must be free and informed, and the offender must not be promised anything for taking part.]],
    questions = {
      "What should Joanne be told about the sentence, and what should Liam be told?",
    },
    choice { "Ring Joanne, tell her he has said he is ready to face her, and book Tom for Thursday so she gets her answers before sentence.",
      to = "conference",
      id = "all-set",
      violation = "no_victim_consent",
      set = { offer = "pressed" },
      score = { voluntary = -3, victim_voice = -1 },
      feedback = [[It is quick, and it is what she asked for months ago. But she is told a meeting is happening, not asked whether she wants one now, and Tom has had no chance to prepare her. A victim who feels she has to go is unlikely to ask what she wants to know (UN Basic Principles 7).]],
    },
    choice { "Ask Joanne whether Tom may call her about it, and tell Ms. Obi plainly that taking part will buy Liam nothing at sentence.",
      to = "conference",
      id = "offer-freely",
      set = { offer = "free" },
      score = { voluntary = 2, victim_voice = 1 },
      feedback = [[Right. Joanne decides whether to hear more, and Tom, who prepares both sides, explains it: a supporter, a letter instead if she prefers, and that she can stop at any time (UN Basic Principles 7 and 13(b)). Liam hears that nothing is bought. Joanne takes two days and says yes.]],
    },
    choice { "Tell Ms. Obi that a good meeting usually counts for something with a judge, so he would do well to take it seriously.",
      to = "conference",
      id = "promise-discount",
      violation = "coerced_accused",
      set = { offer = "induced" },
      score = { voluntary = -3, accountability = -1 },
      feedback = [[This is an unfair inducement (UN Basic Principles 13(c)), and not your promise to make: the sentence is the judge's. It turns the meeting into a performance for the court, and Joanne will be talking to a man who is watching the judge, not her.]],
    },
  },

  scene "conference" {
    title = "Two weeks later",
    text = function(v)
      local t = "The meeting was held at a Lewisham community centre. Joanne came with her sister, Liam with his mother. "
      if v.offer == "pressed" then
        t = t .. "Tom had one short call with Joanne beforehand and a full meeting with Liam."
      else
        t = t .. "Tom had prepared each of them separately."
      end
      t = t .. [[

Tom tells you how it went. Liam said he was using heavily and picked the house because the side gate was open. He told Joanne he sold her father's watch to a Deptford shop, and named it. He also said he "did two other houses that month" in Bellingham. Joanne asked for a letter to Sam saying the man will not come back, and for Liam to start drug treatment. Everyone agreed that only the written outcome agreement goes to the judge.]]
      if v.offer == "pressed" then
        t = t .. " Joanne said very little; afterwards she told Tom she thought she had to come."
      elseif v.offer == "induced" then
        t = t .. " Liam kept asking Tom whether it had gone well enough for the judge."
      end
      return t .. [[


DS Hollis: Two more burglaries! Write it up and we'll put it to him.]]
    end,
    notes = [[What is said in a restorative meeting is confidential and is not used later without the parties' agreement (UN Basic Principles 14). Other offences can still be dealt with properly: through the ordinary investigation, or by the offender choosing, with legal advice, to ask for them to be taken into consideration.]],
    questions = {
      "What would happen to the next meeting Tom runs if this one's words ended up in a case file?",
    },
    choice { "Send the court only the agreed outcome, tell DS Hollis the room's words stay in the room, and pass on the shop's name as agreed.",
      to = "post-plea",
      id = "keep-confidence",
      when = function(v) return not hollow(v) end,
      score = { due_process = 2, repair = 1, respect = 1 },
      feedback = [[Right. Only what everyone agreed to share leaves the room (UN Basic Principles 14). Other offences are not ignored: they can be investigated in the ordinary way, or Liam can choose, with legal advice, to have them taken into consideration. Tracing the watch is part of the agreement itself.]],
    },
    choice { "Send the court only the agreed outcome, tell DS Hollis the room's words stay in the room, and pass on the shop's name as agreed.",
      to = "hollow",
      id = "keep-confidence-hollow",
      when = function(v) return hollow(v) end,
      score = { due_process = 2, repair = 1, respect = 1 },
      feedback = [[Confidentiality is kept, and the right things go to the court. But the meeting was built on a flawed offer: a victim told it was arranged, or an offender promised a discount.]],
    },
    choice { "Write up the two Bellingham burglaries for the squad and send Tom's notes to the CPS: those victims deserve answers too.",
      to = "statements-used",
      id = "use-conference-words",
      violation = "statements_used",
      score = { due_process = -3, respect = -1 },
      feedback = [[Two more families do deserve answers, but not this way. It uses what was said in a restorative meeting without the parties' consent (UN Basic Principles 14). Everyone spoke on the promise that only the agreed outcome would leave the room; breaking it damages this case and every meeting after it.]],
    },
    choice { "Stay out of it altogether: send nothing, not even the agreement. The meeting is the service's business, and that keeps it safe.",
      to = "post-plea",
      id = "send-nothing",
      when = function(v) return not hollow(v) end,
      set = { sent_nothing = true },
      score = { victim_voice = -1, repair = -1 },
      feedback = [[Confidentiality is kept, but too much is withheld. Everyone agreed the outcome agreement should go to the judge: it is Joanne's voice in what happens next, and it records what Liam has promised. Keeping it back leaves the court without it.]],
    },
    choice { "Stay out of it altogether: send nothing, not even the agreement. The meeting is the service's business, and that keeps it safe.",
      to = "hollow",
      id = "send-nothing-hollow",
      when = function(v) return hollow(v) end,
      set = { sent_nothing = true },
      score = { victim_voice = -1, repair = -1 },
      feedback = [[Confidentiality is kept, but the agreed outcome should have gone to the judge. And the meeting itself was built on a flawed offer.]],
    },
  },

  scene "trial" {
    title = "Four months later — Woolwich Crown Court",
    text = [[Liam Foster pleaded not guilty. At trial his barrister suggested the fingerprint came from building work. The jury heard that the print was on the inside of the frame and the blood on the broken glass, and convicted him in under two hours. He still says he wasn't there. Sentence is in four weeks.

Joanne sat in the public gallery for the verdict. That evening she rings you.

Joanne: He looked straight through me. I still want to ask him why. Can I meet him now he's been found guilty?]],
    notes = [[A conviction does not turn denial into acknowledgement. A restorative meeting still needs him to accept what he did; it may become possible later, even during a sentence, if he does. Meanwhile the victim's voice has a place: her Victim Personal Statement at sentencing, and support for her family.]],
    questions = {
      "What can Joanne have now, even though a meeting is not possible?",
    },
    choice { "Tell her, gently, that he is unlikely ever to admit it, and that she may do better to put her energy into Sam than to wait for him.",
      to = "closed-door",
      id = "let-it-go",
      score = { victim_voice = -2, accountability = -1 },
      feedback = [[Meant kindly, and it may even be true. But it closes a door that is not closed: people do come to accept responsibility after conviction, and post-sentence restorative justice exists for that. Meanwhile Joanne still has a voice at sentencing, and nobody has told her.]],
    },
    choice { "Ask his barrister to tell him that meeting her and saying sorry could help at sentence, now the jury has decided anyway.",
      to = "hollow-apology",
      id = "lean-on-convicted",
      violation = "coerced_accused",
      score = { voluntary = -3, accountability = -1 },
      feedback = [[This is an unfair inducement (UN Basic Principles 13(c)), and not your promise to make: the sentence is the judge's. An apology produced to shorten a sentence is not accountability, and Joanne would be the one to pay for the pretence.]],
    },
    choice { "Say a meeting still needs him to accept it, even years into his sentence, and help her write a Victim Personal Statement.",
      to = "convicted",
      id = "honest-after-verdict",
      score = { victim_voice = 2, accountability = 1, safety = 1 },
      feedback = [[Right. A conviction does not turn denial into acknowledgement, so a meeting still cannot happen. But Joanne is not shut out: her statement goes before the judge, and the door stays open if Liam ever accepts what he did.]],
    },
  },

  ending "post-plea" {
    title = "Heard before sentence",
    text = function(v)
      local t
      if v.sent_nothing then
        t = [[The judge sentences Liam Foster with the pre-sentence report in front of her. The outcome agreement never reaches the court; Tom has to chase the drug-service referral and Sam's letter himself. The Deptford shop still had the watch, but it takes a month to trace it.]]
      else
        t = [[The judge sentences Liam Foster with the pre-sentence report and the outcome agreement in front of her. The Deptford shop still had the watch: it is back on Joanne's bedside table. Liam's letter to Sam arrives through Tom a week later. Sam reads it with his mum, and that night he sleeps in his own room.]]
      end
      if v.off_record then
        t = t .. "\n\nYour note of the corridor conversation was disclosed to the defence. You are given management advice for talking to a suspect about the offence before his solicitor arrived."
      end
      if v.induced then
        t = t .. "\n\nMs. Obi's complaint about the inducement in interview is upheld."
      end
      return t
    end,
    outcome = {
      victim = "Joanne asked her question and got an answer, has her father's watch back, and chose every step herself.",
      accused = "Liam pleaded guilty on legal advice, faced the person he harmed, and has a sentence and an agreement to start drug treatment.",
      community = "The burglary was dealt with properly and promptly, and a restorative service was used at the point where it was safe and lawful.",
    },
    debrief = [[This is the path the London trials followed: the ordinary process first, because he denied it, then, after a guilty plea, a freely chosen meeting before sentence. Notice what made it possible: you didn't bargain, you didn't delay, and you didn't promise Joanne what wasn't yours to promise. Keeping the room's words in the room is what lets people speak honestly in it.]],
    questions = { "Why was refusing Liam's offer in interview the thing that made this meeting possible?" },
  },

  ending "hollow" {
    title = "A meeting on the wrong terms",
    text = function(v)
      local t
      if v.offer == "pressed" then
        t = [[Joanne tells Tom afterwards that she went because she thought it had been arranged for her. She asked none of the questions she had written down. "I just wanted it over with," she says. She turns down the follow-up call.]]
      else
        t = [[At sentence, Liam's barrister asks for credit for "a full restorative conference". The judge sentences the burglary on its facts. Afterwards Liam stops answering Tom's calls, and the letter to Sam never comes.]]
      end
      return t .. "\n\nTom tells his manager he won't take another referral from your team without speaking to the victim himself first."
    end,
    outcome = {
      victim = "Joanne sat in the room, but on terms she did not choose or with a man performing for the judge. She got less from it than she came for.",
      accused = "Liam went through the motions. What he learned is that a meeting is something you do to get a lower sentence.",
      community = "A restorative service's trust in police referrals is damaged, and the next victim may not be offered a meeting at all.",
    },
    debrief = [[Consent and motive are the heart of a restorative meeting. A victim told it is arranged has not chosen it; an offender promised a discount is performing, not taking responsibility (UN Basic Principles 7 and 13(c)). The post-plea meeting was possible and worthwhile. What spoiled it was how it was offered.]],
  },

  ending "statements-used" {
    title = "Words from the room",
    text = [[Your write-up of the conference reaches the CPS. Liam's barrister objects that it came from a confidential restorative meeting. The judge refuses to look at it and asks why the police were reading a facilitator's notes.

Liam withdraws from the agreement and the drug-service referral. Joanne's letter for Sam never comes. The restorative justice service suspends referrals from your unit while it reviews its confidentiality agreement with the police.]],
    outcome = {
      victim = "Joanne lost the letter for Sam and the promises made to her, because the meeting's words were used for something else.",
      accused = "Liam was punished for being honest in a room where he was promised confidentiality, and he has walked away from treatment.",
      community = "Victims and offenders across the borough lose access to a service that depends on people speaking freely, and two other burglaries are no closer to being solved.",
    },
    debrief = [[What is said in a restorative meeting stays there unless everyone agrees (UN Basic Principles 14). It is tempting when a confession comes out, but using it destroys the thing that produced it. Other offences have proper routes: ordinary investigation, or an offender choosing, with legal advice, to have them taken into consideration.]],
  },

  ending "convicted" {
    title = "Heard in court",
    text = function(v)
      local t = [[At the sentencing hearing the prosecutor reads Joanne's Victim Personal Statement: Sam sleeping in her bed, her father's watch, the window she still checks twice every night. Liam Foster is sent to prison. He does not look up.

Joanne has a Victim Support worker, and Sam sees a school counsellor. Her details stay with the restorative justice service, in case Liam ever accepts what he did.]]
      if v.off_record then
        t = t .. "\n\nYour note of the corridor conversation was disclosed at trial. The judge refused to admit it, and you are given management advice."
      end
      if v.induced then
        t = t .. "\n\nMs. Obi's complaint about the inducement in interview is upheld."
      end
      return t
    end,
    outcome = {
      victim = "No meeting and no answer to 'why us', but Joanne was told the truth, was heard in court, and has support for herself and Sam.",
      accused = "Liam was tried fairly and convicted. He still denies it; a restorative meeting remains possible if he ever accepts what he did.",
      community = "A burglary with strong evidence was decided promptly in the ordinary way, and nobody was pressured to pretend.",
    },
    debrief = [[Not every case can end in a meeting, and that is not a failure. When the accused denies it, the restorative route is closed and the case is decided without delay (UN Basic Principles 11). The victim's voice still has places to go: a Victim Personal Statement, support, and a door left open for later.]],
  },

  ending "hollow-apology" {
    title = "An apology for the judge",
    text = [[A week before sentence, Liam's barrister hands up a letter: "I am sorry for any distress caused to Ms. Whitfield." Liam's instructions at trial, that he was never there, have not changed.

Joanne reads a copy and puts it in the bin.

Joanne: He's not sorry. He's sorry he got caught.]],
    outcome = {
      victim = "Joanne got an apology that meant nothing, offered for the judge's benefit. It hurt more than silence.",
      accused = "Liam learned that 'sorry' is a sentencing tactic, and was never asked to face what he did.",
      community = "The idea of restorative justice is cheapened: an apology traded for a discount, with the victim as its audience.",
    },
    debrief = [[Inducing an apology or an admission with the promise of a lighter sentence is coercion (UN Basic Principles 13(c)), and it is not the officer's promise to make. Accountability cannot be bought. Without real acknowledgement, the restorative route stays closed, and the victim is better served by the truth and by her own voice in court.]],
  },

  ending "closed-door" {
    title = "Let it go",
    text = [[Liam Foster is sent to prison. Joanne is not told she can make a Victim Personal Statement, and the sentencing hearing happens without her.

Months later a leaflet about post-sentence restorative justice comes through her door. She doesn't know whether it applies to her, and she doesn't ring.]],
    outcome = {
      victim = "No voice at sentencing and no support offered, and she was told her question would never be answered.",
      accused = "Liam was convicted fairly, but nobody left the door open for him to take responsibility later.",
      community = "The case was closed correctly in law, but a victim who asked for help was left with less than she was entitled to.",
    },
    debrief = [[A closed restorative route is not a closed door on the victim. She still had a Victim Personal Statement, support services and the possibility of a post-sentence meeting if he ever accepted what he did. Labelling him and dismissing her question took all of that away.]],
  },

  ending "meeting-in-denial" {
    title = "Sorry, but it wasn't me",
    text = function(v)
      local t = [[A meeting is arranged at the police station. Joanne comes with her sister and a list of questions.

Liam: I'm sorry for what happened to you. But it wasn't me. I've never been in your house.

Joanne: Then why are you here?

She leaves after ten minutes, shaking. She had been told he wanted to apologise.]]
      return t .. [[ His solicitor complains that her client was put in front of the complainant before any charging decision. The file goes to the CPS two weeks later than it should have.]]
    end,
    outcome = {
      victim = "Joanne faced a man who denied her loss to her face, and she feels she was used to try to get a confession.",
      accused = "Liam's case was delayed, and his denial hardened now that he had said it to the victim.",
      community = "A restorative process was used as an interrogation tool, which undermines the trust every future referral depends on.",
    },
    debrief = [[Restorative justice presumes acknowledgement. The Scottish Government's guidance says that if the person who has harmed shows no signs of acknowledging the harm, the process should not proceed. A meeting with someone who denies it puts the victim at risk of being harmed again. The right route was the ordinary process, at once, with a meeting kept open for after a guilty plea.]],
  },

  ending "limbo" {
    title = "Under investigation",
    text = [[Liam is released under investigation with no date to return. Joanne rings in May, and again in August. Nobody can tell her anything.

In October the file finally goes to the CPS, with the same evidence it would have had in March. Liam is charged. He still denies it. By then Joanne has moved Sam's bed into her room for good.]],
    outcome = {
      victim = "Seven months with no news and no decision, and a family that stopped expecting anything from the police.",
      accused = "Liam spent seven months not knowing, with no conditions and no support, and his denial is no different at the end.",
      community = "A case with strong evidence sat idle, and the chance of any later restorative meeting was pushed further away.",
    },
    debrief = [[When restorative justice is not suitable, the case goes back to the ordinary process and is decided without delay (UN Basic Principles 11). Holding a case open to wait for an admission uses time as pressure and makes the victim pay for it. The evidence was ready in March.]],
  },
}
