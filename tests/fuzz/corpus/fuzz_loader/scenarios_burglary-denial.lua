-- Prints on the Glass: a residential burglary with strong forensic evidence; the suspect denies it.
-- Premise 7 of the research notes (shared/reference/restorative-practice.md, B.7), modelled on
-- the UN Basic Principles paras 7 and 11 (B.1), the Scottish Government guidance on
-- acknowledgement (B.1, "Other codified safeguards") and the UK Justice Research Consortium
-- post-plea conferences in London (B.6; Angel et al. 2014).

-- A meeting after plea built on a flawed step: the victim told it was already arranged, or
-- the offender promised a lighter sentence for taking part.
local function hollow(v)
  return v.offer ~= "free"
end

return scenario {
  id = "burglary-denial",
  version = 1,
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
    told = "none",          -- what Joanne was first told: "honest", "promised", "dismissed"
    off_record = false,     -- Liam was invited to admit it off tape, before his solicitor arrived
    induced = false,        -- Liam was offered a meeting instead of a charge if he admitted it on tape
    update = "none",        -- what Joanne was told after charge: "honest", "misled", "nothing"
    offer = "none",         -- how the post-plea meeting was offered: "free", "pressed", "induced"
    sent_nothing = false,   -- not even the agreed outcome went to the court
    misled_meeting = false, -- Joanne was told he wanted to apologise, not that he denies it
  },
  start = "report",

  scene "report" {
    title = "A Wednesday in March, 8:15 am — Halcyon Road, Catford",
    text = [[You are a detective constable on the burglary team in Lewisham. Joanne Whitfield, 38, a ward nurse, came home from a shift yesterday to find her kitchen window smashed. Taken: a laptop, her children's games console, £200 from a biscuit tin, and the gold watch her late father wore every day for thirty years.

The crime scene examiner lifted a fingerprint from inside the window frame and swabbed blood from the broken glass.

Joanne makes tea she doesn't drink. Her son Sam, six, would not sleep in his own room last night.

Joanne: If you catch him, I want to ask him why us. Why my dad's watch. Can I do that? I've heard they do meetings now.]],
    notes = [[Victims in England and Wales are entitled to information about restorative justice (check the current Victims' Code for the exact wording). What they are owed is honest information: a meeting needs the person responsible to accept what he did, and both sides to choose it freely (UN Basic Principles 7). Neither a promise nor a brush-off is honest.]],
    questions = {
      "What can you truthfully tell Joanne about a meeting before anyone has been caught?",
      "What does Joanne need this week, whatever happens to the case?",
    },
    choice { "Promise her that when you catch him, you'll set up a meeting so she can ask him",
      to = "custody",
      id = "promise-meeting",
      set = { told = "promised" },
      score = { victim_voice = -1, voluntary = -1 },
      feedback = [[It answers her wish, but it is a promise you cannot keep. A meeting depends on the person responsible accepting what he did and choosing to take part (UN Basic Principles 7). If he denies it, or says no, Joanne has been set up for a second disappointment by the police.]],
    },
    choice { "Tell her those meetings are for youngsters and minor offences; burglaries go to court",
      to = "custody",
      id = "rj-not-for-burglary",
      set = { told = "dismissed" },
      score = { victim_voice = -2, respect = -1 },
      feedback = [[This is wrong, and it shuts down a victim's question. Restorative meetings are used for burglary, including in London trials run after a guilty plea. Whether one happens here depends on the person responsible, not on the offence type, and Joanne deserves to know that.]],
    },
    choice { "Tell her honestly: a meeting is possible only if the person responsible accepts what he did and both of them choose it, sometimes only after a guilty plea. Refer her to Victim Support now, whatever happens, and note her interest for the restorative justice service",
      to = "custody",
      id = "honest-information",
      set = { told = "honest" },
      score = { victim_voice = 2, voluntary = 1, safety = 1 },
      feedback = [[Right. Joanne hears what is possible and what it depends on, so any choice she makes later is informed (UN Basic Principles 7 and 13(b)). The support referral does not wait on the case: she and Sam need help with the fear now. Noting her interest means the question will not be forgotten if the chance comes.]],
    },
  },

  scene "custody" {
    title = "Friday, 11:40 am — Lewisham custody suite",
    text = [[The fingerprint and the blood both match Liam Foster, 24, of Bellingham, who has two convictions for shoplifting. You arrested him at his mother's flat at 7 am. Nothing from Halcyon Road was found.

At the custody desk Sergeant Patel told him his rights. He asked for the duty solicitor, who will be about an hour.

As you walk him back to his cell, he stops.

Liam: Boss. Off the record. What if I just say sorry to the lady? That restorative thing. Can we sort it like that, no charge, no court?]],
    notes = [[Under PACE Code C a suspect who has asked for legal advice should not normally be interviewed until he has had it, and an interviewer must not hold out what the police will do if he answers questions or admits something, beyond a truthful answer to a direct question about action that is itself proper. Questioning about the offence in a corridor is still an interview. Restorative justice cannot be a bargaining chip: an admission bought with it is worthless as evidence and as accountability.]],
    questions = {
      "Why is a corridor conversation so risky for the case as well as for Liam?",
      "Is it ever fair to mention restorative justice to a suspect before he has had legal advice?",
    },
    choice { "Tell him you can't talk about the case outside a recorded interview, that his solicitor is on her way, and that he can ask her anything, including about restorative justice",
      to = "interview",
      id = "wait-for-solicitor",
      score = { due_process = 2, voluntary = 1 },
      feedback = [[Right. He has asked for a solicitor, so any talk about the offence waits for her and for the tape. Pointing him to her for his restorative justice question is honest without making it a bargain. Whatever he decides later will be an informed choice (UN Basic Principles 13(a)).]],
    },
    choice { "Tell him to tell you what happened now, off tape, and you'll see about a restorative meeting instead of a charge",
      to = "interview",
      id = "off-the-record-deal",
      violation = "admission_before_counsel",
      set = { off_record = true },
      score = { due_process = -3, voluntary = -2 },
      feedback = [[This seeks an admission before he has had the legal advice he asked for, and pays for it with a promise you cannot keep. Anything he says is unrecorded, unreliable and very likely inadmissible, and it taints what follows. Restorative justice must never be traded for a confession (UN Basic Principles 13(a) and (c)).]],
    },
    choice { "Tell him restorative justice is only for people who own up, so he'd better think about that before his solicitor gets here",
      to = "interview",
      id = "hint-at-admission",
      score = { due_process = -1, voluntary = -2 },
      feedback = [[True as far as it goes, but said in a corridor to a man waiting for his solicitor, it is pressure to admit, and it comes close to what the codes of practice forbid: holding out what will happen if a suspect admits something. The right place for this information is with his solicitor there, and without a hint of a deal.]],
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
    notes = [[Restorative justice presumes that the person who caused harm accepts what he did. The Scottish Government's guidance is blunt: if the person who has harmed shows no sign of acknowledging the harm, the process should not go ahead. "Sorry it happened to you, but it wasn't me" is not acknowledgement; a meeting on that basis puts the victim in front of a man who may deny her loss to her face.]],
    questions = {
      "What would Joanne hear in a meeting with a man who says he was never there?",
      "How can you be honest with Liam about restorative justice without offering him a deal?",
    },
    choice { "Tell him that if he admits it now, on tape, you'll recommend a restorative meeting instead of a charge",
      to = "sergeant",
      id = "trade-rj-for-admission",
      violation = "coerced_accused",
      set = { induced = true },
      score = { voluntary = -3, due_process = -2 },
      feedback = [[This is an unfair inducement to admit (UN Basic Principles 13(c)), and it is not yours to offer: the charging decision is the CPS's. Ms. Obi stops the interview at once. An admission bought with a promise is unreliable as evidence and worthless as accountability.]],
    },
    choice { "Explain, with Ms. Obi there, that restorative justice can't go ahead while he says he didn't do it; that the case will go for a charging decision in the ordinary way; and that a meeting could only be considered later if he accepts responsibility, with no promises either way",
      to = "sergeant",
      id = "explain-no-rj-in-denial",
      score = { due_process = 2, voluntary = 1, accountability = 1, least_intrusive = 1 },
      feedback = [[Right. He hears the truth, with his solicitor there: no meeting while he denies it, no deal, and the case goes on in the ordinary way (UN Basic Principles 11). Leaving the door open without a promise encourages him to take responsibility without pressing him to. Ms. Obi nods and makes a note.]],
    },
    choice { "Take him up on it: arrange a meeting where he says sorry \"for what happened to her\", and see where it goes",
      to = "meeting-in-denial",
      id = "meet-while-denying",
      violation = "responsibility_denied",
      score = { accountability = -3, safety = -2, victim_voice = -1 },
      feedback = [[This sets up a restorative meeting while he denies the offence. Restorative justice presumes the person accepts what he did: without that, Joanne would be asking "why me?" of a man who says he was never there. It risks harming her again, and it mixes a restorative process into an investigation that is not finished.]],
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
      return t .. [[ Two ways to play it. Release him under investigation, no date, and let him stew till he's ready to cough. Or: the victim wants a meeting, doesn't she? Tell her he wants to say sorry and put them in a room. He'll fold when he sees her.

The custody clock has hours left, and CPS Direct can give a charging decision tonight.]]
    end,
    notes = [[Where a restorative process is unsuitable, the case goes back to the ordinary criminal process and is decided without delay (UN Basic Principles 11). Delay to wait for an admission leaves the victim in limbo and uses time as pressure. Using the victim to extract a confession misuses her and her consent.]],
    questions = {
      "Who pays for a case left 'under investigation' for months?",
      "What would Joanne have to be told for her consent to a meeting to be informed?",
    },
    choice { "Release him under investigation with no date, and wait for him to come round",
      to = "limbo",
      id = "release-under-investigation",
      score = { least_intrusive = -2, due_process = -1, victim_voice = -1 },
      feedback = [[Cases that are not suitable for restorative justice should go back into the ordinary process and be decided without delay (UN Basic Principles 11). Waiting for him to "come round" turns time into pressure, leaves Joanne with nothing, and helps nobody: the evidence will not get any stronger.]],
    },
    choice { "Tell Joanne he wants to apologise, leave out that he denies it, and set up the meeting",
      to = "meeting-in-denial",
      id = "mislead-victim",
      violation = "no_victim_consent",
      set = { misled_meeting = true },
      score = { victim_voice = -2, safety = -2, accountability = -2 },
      feedback = [[Consent based on a half-truth is not informed consent (UN Basic Principles 7 and 13(b)). Joanne would agree to meet a man who she thinks wants to apologise, and meet one who says he was never there. It uses her as a tool to get a confession, which is the opposite of putting her needs first.]],
    },
    choice { "Put the full file to CPS Direct for a charging decision tonight: forensics, interview, Joanne's statement. Ask for bail conditions keeping him away from Halcyon Road",
      to = "update",
      id = "charging-decision-now",
      score = { least_intrusive = 2, due_process = 2, safety = 1 },
      feedback = [[Right. The evidence is strong and the restorative route is closed while he denies it, so the case goes into the ordinary process at once (UN Basic Principles 11). The CPS authorises a charge of domestic burglary that night. The bail condition protects Joanne and her children without anyone having to ask.]],
    },
  },

  scene "update" {
    title = "Monday, 10:00 am — a phone call",
    text = function(v)
      local t = [[Liam Foster was charged on Friday night with domestic burglary and bailed on condition that he stays away from Halcyon Road. His first hearing is at the magistrates' court in three weeks.

You ring Joanne.

]]
      if v.told == "promised" then
        t = t .. "Joanne: So when do I meet him? You said you'd set it up."
      elseif v.told == "dismissed" then
        t = t .. "Joanne: Right. So it's just court, then."
      else
        t = t .. "Joanne: Is it him? Did he say why? You said a meeting depended on him."
      end
      return t .. [[


She tells you Sam is still sleeping in her bed most nights.]]
    end,
    notes = [[Honest updates are part of putting the victim's needs first. Joanne can be told that he denies the offence and what that means, without being told what he said in interview. A Victim Personal Statement lets her tell the court, in her own words, how the burglary has affected her family, whatever the plea.]],
    questions = {
      "What must Joanne know now, so that any choice she makes later is her own?",
    },
    choice { "Tell her he has said he wants to apologise, so a meeting is likely once court is out of the way",
      to = { { 0.6, "plea" }, { 0.4, "trial" } },
      id = "spin-the-update",
      set = { update = "misled" },
      score = { victim_voice = -2, voluntary = -1 },
      feedback = [[He said he was sorry "for what happened to her" while denying he did it. Passing that on as an apology misleads her and builds an expectation that may never be met. Victims need the truth to make their own choices.]],
    },
    choice { "Tell her honestly: he denies it, so a restorative meeting can't happen now and the court will decide. If he pleads guilty, the restorative justice service may be able to offer her a meeting before sentence, and it will be her choice. Explain the Victim Personal Statement, and check she has support for Sam",
      to = { { 0.6, "plea" }, { 0.4, "trial" } },
      id = "honest-update",
      set = { update = "honest" },
      score = { victim_voice = 2, voluntary = 1, safety = 1 },
      feedback = [[Right. Joanne knows where things stand and what might come later, without a promise. The Victim Personal Statement gives her a voice in court whatever the plea, and checking on Sam keeps her family's needs in view while the case runs.]],
    },
    choice { "Tell her there's nothing more for her to do; the court takes it from here",
      to = { { 0.6, "plea" }, { 0.4, "trial" } },
      id = "nothing-to-do",
      set = { update = "nothing" },
      score = { victim_voice = -2 },
      feedback = [[The court takes the case, but Joanne still has a voice: a Victim Personal Statement, a right to be kept informed, and possibly a meeting later. Telling her there is nothing for her to do shuts her out of her own case.]],
    },
  },

  scene "plea" {
    title = "Six weeks later — Woolwich Crown Court",
    text = function(v)
      local t = [[At the plea and trial preparation hearing, after advice from his barrister, Liam Foster pleads guilty. The judge adjourns sentence for three weeks for a pre-sentence report.

Outside court, Ms. Obi finds you.

Ms. Obi: He says he'd meet Ms. Whitfield now, if she wants to. He asked me whether it would help him at sentence. I told him I can't promise that, and he says he wants to do it anyway.

Tom Reilly, a facilitator with the restorative justice service, can prepare a meeting before sentence if both of them choose it.]]
      if v.update == "misled" then
        t = t .. "\n\nJoanne has been expecting a meeting since you told her he wanted to apologise."
      elseif v.update == "nothing" then
        t = t .. "\n\nNobody has told Joanne that a meeting might be possible."
      end
      return t
    end,
    notes = [[This is the point at which the Justice Research Consortium's London trials offered conferences: after a guilty plea and before sentence. The victim's choice must be free and informed: what happens, who prepares her, that she can bring a supporter, that she can choose a letter instead, that it does not decide the sentence, and that she can stop at any time. The offender must not be promised anything for taking part.]],
    questions = {
      "What should Joanne be told about the sentence, and what should Liam be told?",
    },
    choice { "Ask Joanne whether she'd like to hear about it. If she does, explain what Tom would do: prepare her and Liam separately, let her bring a supporter, offer a letter instead if she prefers. Make clear it won't decide the sentence and she can say no or stop at any time",
      to = "conference",
      id = "offer-freely",
      set = { offer = "free" },
      score = { voluntary = 2, victim_voice = 2, safety = 1 },
      feedback = [[Right. This is a real, informed choice (UN Basic Principles 7 and 13(b)), with the preparation that keeps a meeting safe. Joanne takes two days, talks to her sister, and says yes to a meeting, with her sister beside her.]],
    },
    choice { "Tell Joanne it's all set for next Thursday: he's ready to apologise",
      to = "conference",
      id = "all-set",
      violation = "no_victim_consent",
      set = { offer = "pressed" },
      score = { voluntary = -3, victim_voice = -2 },
      feedback = [[This convenes a meeting without the victim's free consent: she is told it is happening, not asked. A victim who feels she has to go is unlikely to ask what she actually wants to know, and may be harmed again (UN Basic Principles 7).]],
    },
    choice { "Get word to Liam, through his solicitor, that a good meeting will knock time off his sentence, so he'd better make it count",
      to = "conference",
      id = "promise-discount",
      violation = "coerced_accused",
      set = { offer = "induced" },
      score = { voluntary = -3, accountability = -1 },
      feedback = [[This is an unfair inducement (UN Basic Principles 13(c)), and a promise that is not yours to make: the sentence is the judge's. It turns the meeting into a performance for the court. Joanne will be talking to a man who is watching the judge, not her.]],
    },
  },

  scene "conference" {
    title = "Two weeks later",
    text = function(v)
      local t = [[The meeting was held at a Lewisham community centre. Joanne came with her sister, Liam with his mother; Tom had prepared each of them separately.

Tom tells you how it went. Liam said he was using heavily and picked the house because the side gate was open. He told Joanne he sold her father's watch to a Deptford shop, and named it. He also said he "did two other houses that month" in Bellingham. Joanne asked for a letter to Sam saying the man will not come back, and for Liam to start drug treatment. Everyone agreed that only the written outcome agreement goes to the judge.]]
      if v.offer == "pressed" then
        t = t .. " Joanne said very little; afterwards she told Tom she thought she had to come."
      elseif v.offer == "induced" then
        t = t .. " Liam kept asking Tom whether it had gone well enough for the judge."
      end
      return t .. [[


DS Hollis: Two more burglaries! Write it up and we'll put it to him. And the CPS wants anything from that room that shows planning.]]
    end,
    notes = [[What is said in a restorative meeting is confidential and is not used later without the parties' agreement (UN Basic Principles 14). That promise is what lets people speak honestly. Other offences can still be dealt with properly: through the ordinary investigation, or by the offender choosing, with legal advice, to ask for them to be taken into consideration.]],
    questions = {
      "What would happen to the next meeting Tom runs if this one's words ended up in a case file?",
    },
    choice { "Write up what he said in the room as intelligence on the two Bellingham burglaries, and send Tom's notes to the CPS",
      to = "statements-used",
      id = "use-conference-words",
      violation = "statements_used",
      score = { due_process = -3, respect = -1, voluntary = -1 },
      feedback = [[This uses what was said in a restorative meeting as evidence, without the parties' consent (UN Basic Principles 14). Everyone in the room spoke on the promise that only the agreed outcome would leave it. Breaking that promise damages this case and every meeting the service runs after it.]],
    },
    choice { "Send nothing at all, not even the agreed outcome; the meeting is the restorative justice service's business",
      to = "post-plea",
      id = "send-nothing",
      when = function(v) return not hollow(v) end,
      set = { sent_nothing = true },
      score = { victim_voice = -1, repair = -1 },
      feedback = [[Confidentiality is kept, but too much is withheld. Everyone agreed the outcome agreement should go to the judge: it is Joanne's voice in what happens next, and it records what Liam has promised. Keeping it back leaves the court without it and the agreement without anyone to check it.]],
    },
    choice { "Send nothing at all, not even the agreed outcome; the meeting is the restorative justice service's business",
      to = "hollow",
      id = "send-nothing-hollow",
      when = function(v) return hollow(v) end,
      set = { sent_nothing = true },
      score = { victim_voice = -1, repair = -1 },
      feedback = [[Confidentiality is kept, but the agreed outcome should have gone to the judge. And the meeting itself was built on a flawed offer.]],
    },
    choice { "Send only the outcome agreement everyone agreed the court could see. Tell DS Hollis that what was said in the room stays there; Liam's solicitor can raise other offences being taken into consideration if he chooses. Pass on the Deptford shop's name, as the agreement allows, so the watch can be traced",
      to = "post-plea",
      id = "keep-confidence",
      when = function(v) return not hollow(v) end,
      score = { due_process = 2, repair = 1, respect = 1, voluntary = 1 },
      feedback = [[Right. Only what everyone agreed to share leaves the room (UN Basic Principles 14). Other offences are not ignored: they can be investigated in the ordinary way, or Liam can choose, with legal advice, to ask for them to be taken into consideration. Tracing the watch is part of the agreement itself.]],
    },
    choice { "Send only the outcome agreement everyone agreed the court could see. Tell DS Hollis that what was said in the room stays there; Liam's solicitor can raise other offences being taken into consideration if he chooses. Pass on the Deptford shop's name, as the agreement allows, so the watch can be traced",
      to = "hollow",
      id = "keep-confidence-hollow",
      when = function(v) return hollow(v) end,
      score = { due_process = 2, repair = 1, respect = 1, voluntary = 1 },
      feedback = [[Confidentiality is kept, and the right things go to the court. But the meeting was built on a flawed offer: a victim told it was arranged, or an offender promised a discount.]],
    },
  },

  scene "trial" {
    title = "Four months later — Woolwich Crown Court",
    text = [[Liam Foster pleaded not guilty. At trial his barrister suggested the fingerprint came from building work. The jury heard that the print was on the inside of the frame and the blood on the broken glass, and convicted him in under two hours. He still says he wasn't there. Sentence is in four weeks.

Joanne sat in the public gallery for the verdict. That evening she rings you.

Joanne: He looked straight through me. I still want to ask him why. Can I meet him now he's been found guilty?]],
    notes = [[A conviction does not turn denial into acknowledgement. A restorative meeting still needs him to accept what he did; it may become possible later, even during a sentence, if he does. In the meantime the victim's voice has a place: her Victim Personal Statement at sentencing, and support for her family.]],
    questions = {
      "What can Joanne have now, even though a meeting is not possible?",
    },
    choice { "Ask his barrister to tell him that meeting her and apologising could help at sentence, if he'll finally admit it",
      to = "hollow-apology",
      id = "lean-on-convicted",
      violation = "coerced_accused",
      score = { voluntary = -3, accountability = -1 },
      feedback = [[This is an unfair inducement (UN Basic Principles 13(c)), and it is not your promise to make: the sentence is the judge's. An apology produced to shorten a sentence is not accountability, and Joanne would be the one to pay for the pretence.]],
    },
    choice { "Explain honestly that while he denies it a meeting can't go ahead, but if he accepts responsibility later, even in prison, the restorative justice service can offer one. Help her write a Victim Personal Statement for the sentencing hearing, and check on support for her and Sam",
      to = "convicted",
      id = "honest-after-verdict",
      score = { victim_voice = 2, accountability = 1, safety = 1 },
      feedback = [[Right. A conviction does not turn denial into acknowledgement, so a meeting still can't happen. But Joanne's voice is not shut out: her statement goes before the judge, her family gets support, and the door stays open if Liam ever accepts what he did.]],
    },
    choice { "Tell her to let it go: people like him never admit anything",
      to = "closed-door",
      id = "let-it-go",
      score = { victim_voice = -2, respect = -2 },
      feedback = [[This dismisses her and labels him. People do sometimes come to accept responsibility after conviction, and post-sentence restorative justice exists for that. Meanwhile Joanne still has a voice at sentencing, and nobody has told her.]],
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

She leaves after ten minutes, shaking.]]
      if v.misled_meeting then
        t = t .. " She had been told he wanted to apologise."
      end
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
