-- The Make-up Stand: a police-facilitated restorative caution for a first-time shoplifter.
-- Premise 1 of the research notes (B.7), modelled on Thames Valley Police restorative
-- cautioning (Hoyle, Young & Hill 2002).

-- A caution built on a flawed step: an inducement or threat, a minor interviewed with no
-- parent or appropriate adult, legal advice talked away, or a victim pressed into attending.
local function tainted(v)
  return v.coerced or v.interview_adult == "none" or not v.legal_advice
      or v.victim_mode == "pressed"
end

local function shop_present(v)
  return v.victim_mode == "present" or v.victim_mode == "pressed"
end

return scenario {
  id = "thames-valley-caution",
  version = 1,
  title = "The Make-up Stand",
  role = "officer",
  summary = [[Chloe, 15, is stopped leaving a high-street chemist with £40 of make-up she has not paid for. As the officer in the case and a trained restorative cautioning facilitator, you decide how she is dealt with, whether and how the store manager takes part, and how the meeting and its agreement are run.]],
  minutes = 20,
  modelled_on = "Thames Valley Police restorative cautioning (scripted police-facilitated cautions, with absent victims' views relayed)",
  speakers = { "Chloe", "Sarah", "Graham", "Mia" },
  figures = {
    { text = "Over three years Thames Valley Police ran 1,915 restorative conferences with the victim present, plus 12,065 restorative cautions in which an absent victim's views were relayed. Sessions that kept closest to restorative principles had the best outcomes, and the risk of reoffending appeared significantly lower than after old-style cautions. Facilitators sometimes sidelined participants or asked illegitimate questions, though this improved over time. The design was qualitative action research, not a randomised trial.",
      source = "Hoyle, Young & Hill (2002), An evaluation of the implementation and effectiveness of an initiative in restorative cautioning (Joseph Rowntree Foundation); restorativejustice.org/rj-archive/an-evaluation-of-the-implementation-and-effectiveness-of-an-initiative-in-restorative-cautioning/" },
    { text = "In the Canberra RISE experiments, conferences significantly lowered violent reoffending by young violent offenders but made no difference for property crime or shoplifting. Offenders and victims still rated conferences as fairer than court.",
      source = "Canberra Reintegrative Shaming Experiments (RISE), rated 'Promising' (one study): crimesolutions.ojp.gov/ratedprograms/canberra-reintegrative-shaming-experiments" },
    { text = "Across 36 direct comparisons with conventional justice, restorative justice satisfied victims and offenders more than conventional justice in at least two tests each. Effects on repeat offending varied by offence and population.",
      source = "Sherman & Strang (2007), Restorative Justice: The Evidence (Smith Institute)" },
  },
  vars = {
    coerced = false,             -- an inducement or threat was used on Chloe
    mia_drawn_in = false,        -- Mia, who did nothing chargeable, pulled into the process
    interview_adult = "mum",     -- "mum", "aa" (appropriate adult) or "none"
    legal_advice = false,        -- Chloe was told of and given the chance of legal advice
    victim_mode = "unknown",     -- "present", "pressed", "relayed" or "none"
    prepped = false,             -- Graham was prepared before the meeting
    shamed = false,              -- the meeting lectured or shamed someone
  },
  start = "shop-office",

  scene "shop-office" {
    title = "Saturday, 3:40 pm — Brightwell's, Aylesbury",
    text = [[You are called to Brightwell's, a chemist on the high street. In the staff office, store detective Kerry Lane has recovered £40 of make-up from a schoolbag: two lipsticks, a foundation and an eyeshadow palette, none of it paid for. The CCTV shows the girl putting them in her bag at the cosmetics stand and walking out past the tills.

The girl is Chloe Adams, 15. Her name and address check out and she has no police record. She is crying and has said almost nothing. Her friend Mia Okoro, also 15, is waiting outside the office with a member of staff.

The store manager, Graham Doyle, is polite but tired.

Graham: We've had a lot of this lately. I want it dealt with properly, not just a telling-off.

Chloe's mother, Sarah Adams, is a care worker; she can get away from her shift in about an hour.]],
    notes = [[The first minutes decide what the rest of the case can be built on. A restorative caution needs a free, informed admission from the young person, and for a 15-year-old that means a parent or appropriate adult before any questioning about the offence. Nothing is lost by waiting: the CCTV, the recovered goods and the store detective's statement prove the theft.]],
    questions = {
      "What evidence do you already have, and what would an answer from Chloe right now add to it?",
      "Why might a frightened 15-year-old say whatever she thinks will end this quickest?",
    },
    choice { "While you wait, ask Chloe why she took the make-up and whether she has done it before",
      to = "mia",
      id = "question-in-office",
      violation = "minor_without_guardian",
      score = { due_process = -3, respect = -1 },
      feedback = [[This is questioning a 15-year-old about an offence with no parent or appropriate adult present, which breaks the safeguard for minors. What she says in a back office, crying, is neither fair nor reliable. "Have you done it before?" also invites her to incriminate herself about things nobody is investigating. The evidence you need is already on the CCTV.]],
    },
    choice { "Tell Chloe that if she owns up now, you'll make sure it's just a word with her and nothing goes on record",
      to = "mia",
      id = "promise-leniency",
      violation = "coerced_accused",
      set = { coerced = true },
      score = { voluntary = -3, due_process = -2 },
      feedback = [[A promise of leniency in exchange for an admission is an unfair inducement (UN Basic Principles 13(c)), and it is one you cannot keep: an admitted theft caught on camera will be recorded. A restorative caution depends on the young person taking responsibility freely. An admission bought with a promise is worth nothing to it, and it was taken without a parent there as well.]],
    },
    choice { "Secure the CCTV, the goods and Kerry's statement; tell Chloe she won't be asked about it until a parent is with her; phone her mother",
      to = "mia",
      id = "secure-evidence",
      score = { due_process = 2, respect = 1, safety = 1 },
      feedback = [[Good start. A 15-year-old should not be questioned about an offence without a parent or another appropriate adult: that is a safeguard for minors (UN Basic Principles 13(a)) and, in England and Wales, a requirement of the police codes of practice. Waiting costs nothing, because the footage and the statement already prove what happened. Telling Chloe plainly what will happen next also calms a frightened child without pressing her.]],
    },
  },

  scene "mia" {
    title = "Mia",
    text = [[Mia Okoro is sitting on a stool by the fire exit, phone in hand, her face pale.

Mia: I didn't know she'd taken anything. I was looking at the hair stuff. I swear.

The CCTV bears her out. For the whole visit Mia is in the next aisle; she never goes near the cosmetics stand or Chloe's bag. Nothing was found on her, and she has no police record.

Graham watches the footage with you, then folds his arms.

Graham: She was with her, though. They came in together, they left together. I want both of them dealt with.]],
    notes = [[This is the net-widening trap. Restorative cautioning is meant for cases that would otherwise be dealt with formally, not a way of bringing more young people into contact with the police. Graham's frustration is real and deserves a straight answer, but his wish is not evidence.]],
    questions = {
      "Is there any offence here for Mia? What would you need to see?",
      "How do you say no to a victim without dismissing him?",
    },
    choice { "Bring Mia into the caution process as well, so both of them learn a lesson",
      to = { { 0.75, "rights" }, { 0.25, "no-parent" } },
      id = "include-mia",
      violation = "net_widening",
      set = { mia_drawn_in = true },
      score = { least_intrusive = -3, due_process = -2, respect = -1 },
      feedback = [[This is net-widening. Restorative processes are only for cases with enough evidence to charge (UN Basic Principles 7), and Mia has done nothing chargeable. Putting a 15-year-old through a formal police process "as a lesson" gives her a police contact she did nothing to earn, and uses the restorative label to widen control rather than to repair harm.]],
    },
    choice { "Take Mia's details as a witness, let her phone her dad to collect her, and show Graham why the footage doesn't support any offence by her",
      to = { { 0.75, "rights" }, { 0.25, "no-parent" } },
      id = "release-mia",
      score = { least_intrusive = 2, due_process = 2, respect = 1 },
      feedback = [[Right call. Being with a friend who steals is not theft, and there is no evidence that Mia did anything chargeable. Using the least intrusive response means not pulling in people who would never otherwise have been dealt with. Explaining your reasons to Graham treats him with respect even though you are not doing what he asked.]],
    },
    choice { "Tell Graham both girls 'will be looked at', and sort out Mia later",
      to = { { 0.75, "rights" }, { 0.25, "no-parent" } },
      id = "defer-mia",
      score = { least_intrusive = -1, respect = -1, victim_voice = -1 },
      feedback = [[This avoids an awkward conversation, but it leaves Mia under suspicion with no basis and gives Graham an expectation you will not meet. Least-intrusive practice means closing a case that has nothing in it promptly, not leaving it hanging. Victims are better served by an honest answer than a vague one.]],
    },
  },

  scene "no-parent" {
    title = "Monday, 4:00 pm — Aylesbury police station",
    text = [[On Saturday Sarah collected Chloe from the shop, and you arranged a voluntary interview at the station for 4 pm today, with her mother there.

Chloe arrives alone, still in school uniform. She shows you a text from her mother on her phone: "Can't get off, two carers off sick. So sorry. Tell them I'll come any other day."

Chloe: Can we just do it? I don't want to come back again.

The interview room is free, and your sergeant would like the file finished this week.]],
    notes = [[A parent not turning up is common and nobody's fault. The test is whether the trainee treats the parent as a formality to be got round or as a safeguard. An appropriate adult from a volunteer scheme meets the legal requirement for an interview; it is a fair answer when the parent really cannot come. Going ahead alone is not.]],
    questions = {
      "Chloe wants it over with. Does that make it fair to go ahead without an adult?",
      "What does a parent bring to a restorative caution that a stranger cannot?",
    },
    choice { "Rearrange for an evening when her mother can come, and tell Chloe nothing will happen today",
      to = "rights",
      id = "rearrange",
      set = { interview_adult = "mum" },
      score = { due_process = 2, respect = 1 },
      feedback = [[Sarah is both the legal safeguard and the person who will support Chloe through a restorative caution. A delay of a few days costs little. Going ahead without a parent would undermine everything built on the interview. Telling Chloe clearly that nothing will happen today takes away the worry of not knowing.]],
    },
    choice { "Call the appropriate-adult volunteer scheme and go ahead today if someone can come",
      to = "rights",
      id = "appropriate-adult",
      set = { interview_adult = "aa" },
      score = { due_process = 1 },
      feedback = [[Acceptable. A trained appropriate adult meets the requirement that a minor is not interviewed alone, and Sarah said she could not get away. But a volunteer Chloe has never met is not a supporter. For the restorative meeting itself you would still want her mother in the room.]],
    },
    choice { "Go ahead on your own: she's 15, it's only a caution, and she wants it over with",
      to = "rights",
      id = "interview-alone",
      violation = "minor_without_guardian",
      set = { interview_adult = "none" },
      score = { due_process = -3, safety = -1, voluntary = -1 },
      feedback = [[This breaks the safeguard that a minor's process needs a parent or guardian (UN Basic Principles 13(a)). A caution is not "only" anything: it is a formal record that stays on police systems and can be taken into account if she is in trouble again. A 15-year-old who wants it over with is exactly the person who may agree to anything, which is why an adult has to be there.]],
    },
  },

  scene "rights" {
    title = "The interview room",
    text = function(v)
      local who
      if v.interview_adult == "mum" then
        who = "Chloe sits beside her mother, Sarah, who has come straight from work in her care-home tunic."
      elseif v.interview_adult == "aa" then
        who = "Chloe sits beside Dev Mistry, a volunteer appropriate adult she met ten minutes ago."
      else
        who = "Chloe sits alone across the table from you."
      end
      local t = who .. [[


Before you start the recording, Chloe looks up.

Chloe: Do I need a solicitor? I just want to get it over with.]]
      if v.interview_adult == "mum" then
        t = t .. [[


Sarah: Does she? Nobody's told us anything.]]
      end
      return t
    end,
    notes = [[Free legal advice is a right, and officers must not talk anyone out of it. The wish to "get it over with" is exactly why the question matters: a caution is a formal outcome, and an admission only counts if it is given knowing what it leads to.]],
    choice { "Tell her she doesn't need a solicitor for something this small; it would only drag things out",
      to = "admission",
      id = "discourage-advice",
      violation = "admission_before_counsel",
      score = { due_process = -3, voluntary = -2 },
      feedback = [[Talking someone out of legal advice is forbidden by the police codes of practice in England and Wales. It also means any admission you now take is made before a lawyer has explained what a caution means for her. "Something this small" still ends in a formal record.]],
    },
    choice { "Explain her right to free, independent legal advice, what a caution is and what it can mean later, and let them speak to the duty solicitor before you ask anything",
      to = "admission",
      id = "explain-advice",
      set = { legal_advice = true },
      score = { due_process = 3, voluntary = 1 },
      feedback = [[An admission is a fair basis for a caution only when it is made knowing the consequences. Free legal advice is her right, and the parties must be fully informed before they agree to anything (UN Basic Principles 13(a) and (b)). Twenty minutes now protects everything that follows.]],
    },
  },

  scene "admission" {
    title = "Chloe's account",
    text = function(v)
      local opening = v.legal_advice
        and "After twenty minutes with the duty solicitor, Chloe answers your questions."
        or "Chloe answers your questions."
      return opening .. [[


Chloe: I took them. I put them in my bag and walked out. I knew I hadn't paid.

She says she wanted the palette for a friend's party, had no money, and thought nobody would notice. Her account matches Kerry's statement and the footage. She has never been in trouble with the police.

The theft is admitted, the evidence is clear and this is a first offence, so it is suitable for a caution. The force's restorative cautioning scheme is available, and you are trained to run it.]]
    end,
    notes = [[Thames Valley's scheme was for cases already suitable for a caution, where the young person had admitted the offence. The restorative caution is not a softer option added on top. It replaces a caution read out at a desk with a scripted meeting about the harm. The meeting must be offered, not imposed: saying no leads to an ordinary caution, not something harsher.]],
    questions = {
      "What does a restorative caution offer Chloe, the shop and the town that a caution read at a desk does not?",
      "If Chloe says no to the meeting, what should happen?",
    },
    choice { "Give an ordinary caution now: read it, explain it, and close the file",
      to = "standard-caution",
      id = "ordinary-caution",
      score = { least_intrusive = 1, victim_voice = -1, accountability = -1, repair = -1 },
      feedback = [[This is lawful and proportionate, and it is quick. But nobody asks the shop what the theft meant to them, and Chloe is not asked to face the harm or put anything right. It is the response the restorative caution was designed to improve on.]],
    },
    choice { "Tell Chloe she must agree to meet the manager, or the case goes to the youth court",
      to = "invite-manager",
      id = "threaten-court",
      violation = "coerced_accused",
      set = { coerced = true },
      score = { voluntary = -3, least_intrusive = -2 },
      feedback = [[Threatening a harsher outcome to get someone to take part is coercion (UN Basic Principles 13(c)). Her "yes" is now worthless as consent, and whatever she says in the meeting will be said under threat. Her refusal should lead to an ordinary caution, not to court.]],
    },
    choice { "Offer a restorative caution: explain the meeting, that taking part is her choice, and that saying no means an ordinary caution, nothing harsher",
      to = "invite-manager",
      id = "offer-restorative",
      score = { voluntary = 2, accountability = 1, least_intrusive = 1 },
      feedback = [[This is the restorative route done properly. Chloe and Sarah know what the meeting involves and that refusing will not be held against her (UN Basic Principles 7 and 13(c)). A meeting about the harm asks more of Chloe than a caution read at a desk, but it is no more intrusive in law.]],
    },
    choice { "Charge her, so the youth court can make an example of her",
      to = "youth-court",
      id = "charge",
      score = { least_intrusive = -3, respect = -1, repair = -1 },
      feedback = [[This escalates an admitted first offence of £40, already suitable for a caution, to court. The least intrusive response that meets the need for accountability and repair is the right one. "Making an example" of a 15-year-old is not a reason to prosecute her, and it moves the case further from repair.]],
    },
  },

  scene "invite-manager" {
    title = "A few days later — the stockroom at Brightwell's",
    text = function(v)
      local t = [[You call in to see Graham Doyle. He takes you into the stockroom, between boxes of shampoo.

You have pencilled in a restorative caution for next Thursday at 5 pm at the station. Chloe and her mother have agreed to come.]]
      if v.mia_drawn_in then
        t = t .. " Mia and her father have been told to come as well."
      end
      return t .. [[


Graham: So what is this, then? I've got a shop to run.

Kerry, the store detective, is on shift today too.]]
    end,
    notes = [[Consent is the gate. The victim decides whether to take part and how: in person, through views passed on by the officer, or not at all. Pressure from the police, or from an employer relayed by the police, makes consent worthless. Leaving the victim out entirely takes away their voice without ever asking.]],
    questions = {
      "Graham is a store manager, not a private individual. Does that change what his consent means?",
      "What should the shop be offered if it can't or won't come?",
    },
    choice { "Explain the options: come to the meeting, have his views passed on, or take no part. Make clear it is his choice, he can change his mind, and Kerry has the same options",
      to = { { 0.7, "manager-prep" }, { 0.3, "manager-cannot" } },
      id = "invite-freely",
      score = { voluntary = 2, victim_voice = 2 },
      feedback = [[This gives Graham a real, informed choice, and offers indirect routes as well as the meeting (UN Basic Principles 7; Thames Valley relayed absent victims' views). Including Kerry recognises that the person most affected on the day may not be the manager.]],
    },
    choice { "Tell him the meeting is booked for Thursday and head office has signed up to the scheme, so he'll need to be there",
      to = "meeting-open",
      id = "press-manager",
      violation = "no_victim_consent",
      set = { victim_mode = "pressed" },
      score = { voluntary = -3, victim_voice = -2 },
      feedback = [[This convenes a meeting without the victim's free consent. Pressure passed on from an employer is still pressure (UN Basic Principles 7 and 13(c)). A victim who is only there because he was told to be is unlikely to speak for himself, and the meeting becomes about the process rather than the harm.]],
    },
    choice { "Decide it isn't worth troubling him, and run the meeting without the shop",
      to = "meeting-open",
      id = "skip-manager",
      set = { victim_mode = "none" },
      score = { victim_voice = -3, accountability = -1 },
      feedback = [[This makes the decision for the victim without asking him. A restorative caution without the harmed party's voice, present or relayed, turns into a conversation between the police and the young person. Chloe loses the chance to hear about harm she has not thought of.]],
    },
  },

  scene "manager-prep" {
    title = "Graham will come",
    text = [[Graham thinks about it.

Graham: I'll come. I'd like her to hear it from us, not from you. Kerry doesn't want to be in the room, but she asked me to tell the girl she was shaking for an hour afterwards. She had a lad pull a knife on her at her last job.

He rubs his face.

Graham: And I've got a few things to say about kids round here, I can tell you.]],
    notes = [[Preparation is where a victim learns how the meeting runs, thinks about what they want to say, and agrees ground rules. Graham's last line is not a reason to exclude him. It is a reason to prepare him so that his anger is heard without the meeting turning into a pile-on.]],
    choice { "Tell him there's nothing to prepare: he should just turn up and say what he thinks",
      to = "meeting-open",
      id = "no-prep",
      set = { victim_mode = "present", prepped = false },
      score = { respect = -1, safety = -1 },
      feedback = [[Skipping preparation saves half an hour but leaves the meeting to chance. Graham doesn't know how it will run, and nobody has agreed how people will speak to each other. Angry, unprepared victims and frightened 15-year-olds are a poor mix. Preparation is not a formality.]],
    },
    choice { "Prepare him: go through how the meeting runs, what he wants to say and ask, and agree ground rules (no name-calling from anyone, and anyone can take a break)",
      to = "meeting-open",
      id = "prepare-graham",
      set = { victim_mode = "present", prepped = true },
      score = { respect = 2, safety = 1, victim_voice = 1 },
      feedback = [[Preparation protects everyone. Graham knows what will happen and can plan what matters to him. The ground rules let him be angry about the theft without attacking the person, and Chloe can hear it without being crushed. Sessions that kept closest to restorative principles had the best results in the Thames Valley evaluation.]],
    },
  },

  scene "manager-cannot" {
    title = "Graham can't make it",
    text = [[Graham checks the rota on the wall and shakes his head.

Graham: Thursday's impossible. Two of my staff are off and I'm the only key-holder. I'm not being awkward, I'd have come.

He is quiet for a moment.

Graham: I do want her to know a couple of things, though. Kerry was shaking for an hour afterwards; she had a lad pull a knife on her at her last job. And two of those lipsticks were opened in the bag, so that's twelve quid I can't sell. I don't want her banned for life. I just want her to get it.]],
    notes = [[Most Thames Valley restorative cautions ran without the victim in the room: 12,065 relayed absent victims' views, against 1,915 with the victim present. Relaying views well means taking them down in the victim's words, checking them back, and reporting the outcome afterwards. Rearranging is an option, but a long delay leaves a 15-year-old waiting for weeks.]],
    questions = {
      "How do you make sure the words Chloe hears are Graham's, not yours?",
      "Is moving the meeting three weeks back better for Graham, or just for the process?",
    },
    choice { "Offer to move the meeting to a date he can make, three weeks away, and prepare him for it then",
      to = "meeting-open",
      id = "reschedule",
      set = { victim_mode = "present", prepped = true },
      score = { victim_voice = 1, least_intrusive = -1 },
      feedback = [[A real trade-off. Graham will be in the room, which can mean more to both sides. But he didn't ask for a later date, and Chloe waits three more weeks with the case hanging over her. Relaying his views this week would have met most of what he wants, sooner.]],
    },
    choice { "Note on the file that the victim 'isn't interested'",
      to = "meeting-open",
      id = "not-interested",
      set = { victim_mode = "none" },
      score = { victim_voice = -3, respect = -1 },
      feedback = [[Graham has just told you what he wants Chloe to know. Recording him as "not interested" is wrong, and it silences him. Not being able to attend is not the same as not wanting a say.]],
    },
    choice { "Write his views down in his own words, read them back, ask what he'd want from an agreement, and promise to tell him the outcome",
      to = "meeting-open",
      id = "take-views",
      set = { victim_mode = "relayed" },
      score = { victim_voice = 2, respect = 1, repair = 1 },
      feedback = [[This is how relayed views are meant to work. Graham's voice reaches the meeting in his own words, he shapes the agreement, and he will hear how it turned out. Checking the words back with him protects against the facilitator's own view creeping in.]],
    },
  },

  scene "meeting-open" {
    title = "Thursday, 5 pm — the meeting room",
    text = function(v)
      local t = "Chloe and her mother, Sarah, sit to one side of you."
      if shop_present(v) then
        t = t .. " Graham Doyle sits on the other side, still in his Brightwell's fleece."
      elseif v.victim_mode == "relayed" then
        t = t .. " Graham's views are in your notebook, in his own words, checked back with him in the stockroom."
      else
        t = t .. " There is no one from the shop."
      end
      if v.mia_drawn_in then
        t = t .. " Mia and her father sit at the end of the table, unsure why they are here."
      end
      t = t .. [[


Chloe is staring at the table. Sarah has a hand on her arm.]]
      if v.victim_mode == "pressed" then
        t = t .. [[


Graham: Can we get on? I'm only here because I was told head office wanted it.]]
      end
      return t .. [[


How do you open?]]
    end,
    notes = [[The scripted preamble does real work. It introduces everyone, states the incident, says the meeting is about what was done and who it affected rather than whether anyone is a good or bad person, confirms the admission, and tells the young person she may stop at any time. Thames Valley found that facilitators who lectured or took over had worse sessions.]],
    questions = {
      "What is the difference between saying something serious and lecturing?",
      "If a participant says he was told to come, what do you do before anything else?",
    },
    choice { "Follow the script: introduce everyone, say the meeting is about what happened and who it affected, not whether Chloe is a good or bad person; confirm she has admitted it; tell her she can stop at any time",
      to = "chloe-account",
      id = "script-preamble",
      score = { respect = 2, voluntary = 1, accountability = 1 },
      feedback = [[This is the restorative script doing its job. Separating the act from the person lets Chloe take responsibility without having to defend who she is. Reminding her that she can stop keeps her taking part voluntarily, and confirming the admission makes the basis of the meeting clear to everyone.]],
    },
    choice { "Start with a few words on what shoplifting costs honest people, so Chloe knows how serious this is",
      to = "chloe-account",
      id = "open-lecture",
      violation = "degrading_terms",
      set = { shamed = true },
      score = { respect = -3, accountability = -1 },
      feedback = [[The facilitator is supposed to be impartial and keep the exchange respectful (UN Basic Principles 18). Opening with a lecture makes you the prosecutor in the room and tells Chloe she is being judged, not heard. Young people who feel shamed tend to shut down or get defensive, which is the opposite of taking responsibility.]],
    },
    choice { "Skip the introductions and go straight to questions: everyone knows why they're here",
      to = "chloe-account",
      id = "skip-preamble",
      score = { respect = -1, voluntary = -1 },
      feedback = [[It saves two minutes, but nobody has been told what the meeting is for, how it will run, or that Chloe can stop. Drifting from the script is a weakness rather than a breach, but the preamble is what makes the meeting feel fair.]],
    },
    choice { "Pause, speak to Graham privately, and tell him he is free to leave and have his views passed on instead",
      to = "chloe-account",
      id = "repair-consent",
      when = function(v) return v.victim_mode == "pressed" end,
      set = { victim_mode = "relayed" },
      score = { voluntary = 2, victim_voice = 2 },
      feedback = [[Consent can be repaired, and this is how. Graham is told truthfully that taking part is his choice. He decides to give you his views and go back to the shop, and you write them down in his words. Either party may withdraw at any time (UN Basic Principles 7). This does not undo the earlier pressure, but it stops the meeting being built on it.]],
    },
  },

  scene "chloe-account" {
    title = "Chloe's turn",
    text = function(v)
      local t = [[You turn to Chloe first.

Chloe: I took the make-up. I wanted the palette for Jess's party and I didn't have any money. I didn't think anyone would notice. It was stupid.

She glances at her mother and stops.]]
      if v.shamed then
        t = t .. " She is speaking more quietly than she did at the station."
      end
      return t
    end,
    notes = [[The restorative questions for the person who caused harm are: what happened, what were you thinking at the time, what have you thought about since, who has been affected and how, and what needs to happen to put it right. They ask for reflection, not a confession. The Thames Valley evaluation criticised "illegitimate" questions: lectures in the form of questions, and questions about the young person's character or family.]],
    questions = {
      "Chloe has called it stupid. Is that accountability yet? What would get her further?",
    },
    choice { "Tell her that girls who steal end up with a record and no job, and ask whether that's what she wants",
      to = "victim-views",
      id = "lecture-question",
      score = { accountability = -1, respect = -2 },
      feedback = [[This is a lecture dressed as a question, the kind the Thames Valley evaluation called illegitimate. It is about her future punishment, not the harm she caused, and there is no honest answer she can give to it. It invites silence or defiance, not responsibility.]],
    },
    choice { "Ask Sarah, in front of everyone, how she let her daughter get into this",
      to = "victim-views",
      id = "shame-parent",
      violation = "degrading_terms",
      set = { shamed = true },
      score = { respect = -3, accountability = -1 },
      feedback = [[Sarah is Chloe's supporter, not a defendant. Blaming a parent in public is shaming and takes the facilitator's impartiality with it (UN Basic Principles 18). It also hands Chloe an excuse, because now it is her mother's fault, and it makes it less likely that Sarah backs the agreement.]],
    },
    choice { "Ask the restorative questions: what she was thinking at the time, what she has thought about since, and who she thinks has been affected",
      to = "victim-views",
      id = "restorative-questions",
      score = { accountability = 2, respect = 1 },
      feedback = [[These questions ask Chloe to think rather than to perform remorse. "Who has been affected?" starts her on the harm she hasn't yet considered, such as Kerry and her own mother, before she hears it from anyone else.]],
    },
  },

  scene "victim-views" {
    title = "The shop's side",
    text = function(v)
      if v.victim_mode == "present" and v.prepped then
        return [[You turn to Graham. He has a sheet of notes he wrote after you talked.

Graham: It's not really the forty quid. It's Kerry. She was shaking for an hour after you left. She had a knife pulled on her at her last job, and every time someone runs out of the door she wonders if it's going to happen again.

Graham: I don't want you banned for life. I just want you to get it.]]
      elseif v.victim_mode == "present" then
        return [[Graham starts before you can ask him anything.

Graham: Kerry was shaking for an hour after you left. She had a knife pulled on her at her last job. And I'll be honest, I'm sick of kids treating my shop like a free-for-all. You lot think it's a game.

Chloe has gone red. Sarah's jaw is tight.]]
      elseif v.victim_mode == "pressed" then
        return [[You turn to Graham. He looks at his watch.

Graham: Look, she took some stuff, she got caught. Kerry was a bit shaken. I don't know what you want me to say.

Chloe watches him warily.]]
      elseif v.victim_mode == "relayed" then
        return [[You take out your notebook. Graham's words are there as he gave them, read back to him and agreed.

They cover Kerry, who was shaking for an hour afterwards and had a knife pulled on her at her last job; the two opened lipsticks, £12 the shop cannot sell; and one line he asked you to make sure she hears: "I don't want her banned for life. I just want her to get it."]]
      else
        return [[You have nothing from the shop except the crime report and Kerry's witness statement. Nobody has asked them what the theft meant to them or what they would want.

Chloe waits.]]
      end
    end,
    notes = [[Whether present or relayed, the victim's account should reach the young person as the victim gave it. When views are relayed, the officer speaks for someone who is not there. Adding, sharpening or inventing is the easiest way to fail them, and it also fails the young person, who is responding to something the victim never said.]],
    questions = {
      "When Graham says he's 'sick of kids', what should the facilitator do?",
      "What is lost when there are no views from the shop at all?",
    },
    choice { "Ask Graham the questions for those harmed: what he thought at the time, the impact on him and his staff, the hardest part. Then ask Sarah how this week has been for her",
      to = "agreement",
      id = "victim-questions",
      when = function(v) return v.victim_mode == "present" end,
      score = { victim_voice = 2, respect = 2 },
      feedback = [[The questions help Graham say what the theft actually cost, which is mostly Kerry's fear, and bring his anger back to the harm rather than to "kids". Asking Sarah acknowledges that the young person's family is affected too, as the script intends.]],
    },
    choice { "Let Graham carry on without interrupting: it's his moment",
      to = "agreement",
      id = "let-him-vent",
      when = function(v) return v.victim_mode == "present" and not v.prepped end,
      score = { victim_voice = 1, respect = -2, safety = -1 },
      feedback = [[A trade-off. Graham is heard, and that matters. But a tirade about "kids" is not about this harm, and a 15-year-old with no preparation is being talked at, not to. The facilitator's job is to keep the exchange respectful both ways (UN Basic Principles 18), and this is where preparation would have helped.]],
    },
    choice { "Agree with Graham that kids like Chloe have no respect, so she gets the message",
      to = "agreement",
      id = "join-in",
      when = function(v) return v.victim_mode == "present" end,
      violation = "degrading_terms",
      set = { shamed = true },
      score = { respect = -3, victim_voice = -1 },
      feedback = [[The facilitator has taken a side and joined in shaming a child. That is the non-impartial, shaming facilitation the safeguards rule out (UN Basic Principles 18). Graham's real point, about Kerry, gets lost in a row about young people in general.]],
    },
    choice { "Carry on and ask Graham the questions for those harmed",
      to = "agreement",
      id = "press-on",
      when = function(v) return v.victim_mode == "pressed" end,
      score = { victim_voice = -1, voluntary = -1 },
      feedback = [[Graham is going through the motions because he was told to. His answers are thin, and Chloe can tell he does not want to be there. A victim who has not chosen to take part rarely gives the young person anything to learn from.]],
    },
    choice { "Sharpen the message: tell Chloe the manager is 'sick of kids like her' and wants an example made",
      to = "agreement",
      id = "sharpen-views",
      when = function(v) return v.victim_mode == "relayed" end,
      violation = "degrading_terms",
      set = { shamed = true },
      score = { victim_voice = -3, respect = -2, accountability = -1 },
      feedback = [[Graham never said this. Putting your own words in an absent victim's mouth misrepresents him and shames Chloe with words he did not use. A facilitator has to be impartial (UN Basic Principles 18). Chloe will now respond to an anger that is yours, not his.]],
    },
    choice { "Read Graham's words exactly as he gave them, including that he doesn't want her banned for life, and add nothing of your own",
      to = "agreement",
      id = "relay-faithfully",
      when = function(v) return v.victim_mode == "relayed" end,
      score = { victim_voice = 2, respect = 1, accountability = 1 },
      feedback = [[Relaying views faithfully keeps the victim's voice in the room when he cannot be there. Chloe hears about Kerry, and hears that Graham wants her to understand, not to be punished. That is often what moves a young person most.]],
    },
    choice { "Tell Chloe, in your own words, what you think the shop has been through",
      to = "agreement",
      id = "speak-for-shop",
      when = function(v) return v.victim_mode == "none" end,
      score = { victim_voice = -2, accountability = 1 },
      feedback = [[It gets Chloe thinking about the harm, which is something. But you are guessing at the victim's experience, and you know nothing about Kerry's fear because nobody asked. Speaking for a victim you never consulted is not the same as giving them a voice.]],
    },
    choice { "Tell Chloe honestly that the shop hasn't been asked, and ask her who she thinks was affected",
      to = "agreement",
      id = "honest-gap",
      when = function(v) return v.victim_mode == "none" end,
      score = { victim_voice = -1, accountability = 2, respect = 1 },
      feedback = [[Honest, and it still asks Chloe to think about the harm for herself. But the gap is real: whatever she comes up with, nobody at the shop has had a say in it.]],
    },
  },

  scene "agreement" {
    title = "Putting it right",
    text = function(v)
      local t
      if v.shamed then
        t = "Chloe mumbles that she's sorry, without looking up."
      elseif v.victim_mode == "present" or v.victim_mode == "relayed" then
        t = [[Chloe: I'm sorry. I didn't think about the woman who stopped me at all. I didn't know about the knife.]]
      else
        t = [[Chloe: I'm sorry. I didn't think about anyone at the shop. I just didn't think.]]
      end
      if shop_present(v) then
        t = t .. [[


Graham says what he wants: an apology Kerry can read, and the £12 for the two opened lipsticks. He adds one more idea.

Graham: Or she could do a Saturday in the shop window, stacking shelves in her school uniform. Let people see.]]
      elseif v.victim_mode == "relayed" then
        t = t .. [[


Graham asked for an apology Kerry can read and the £12 for the two opened lipsticks. Your sergeant's idea from this morning is also in your head: "a Saturday in the shop window, in uniform, so people can see."]]
      else
        t = t .. [[


The crime report records two opened lipsticks, £12 of stock that cannot be sold. Your sergeant's idea from this morning is also in your head: "a Saturday in the shop window, in uniform, so people can see."]]
      end
      return t .. [[


Sarah says Chloe gets £10 a week pocket money.]]
    end,
    notes = [[The agreement must be reasonable and proportionate (UN Basic Principles 7): specific terms, matched to the harm, with someone checking they are done. Unpaid work in public view, in school uniform, is punishment by humiliation, not repair. Piling on conditions "to be sure" is the other common failure.]],
    questions = {
      "What makes a term 'repair' rather than 'punishment'?",
      "Who should propose the terms: the facilitator, the victim or the young person?",
    },
    choice { "Agree to the Saturday in the shop window, in school uniform",
      to = "withdrawn",
      id = "shop-window",
      violation = "degrading_terms",
      score = { repair = -3, respect = -3 },
      feedback = [[This is degrading. Putting a 15-year-old on display in her school uniform is public humiliation, and it repairs nothing the shop lost. Agreements must contain only reasonable and proportionate obligations (UN Basic Principles 7). It also makes her identifiable to everyone who walks past, including other children from her school.]],
    },
    choice { "Add more to be sure it sticks: £100 to the shop, a ban from every shop on the high street, and a 7 pm curfew for three months",
      to = "withdrawn",
      id = "pile-on",
      violation = "degrading_terms",
      score = { repair = -2, least_intrusive = -3 },
      feedback = [[Disproportionate. £100 for a £12 loss is about ten weeks of her pocket money. A ban from the whole high street and a curfew have nothing to do with the harm and cannot be monitored. Agreements must be reasonable and proportionate (UN Basic Principles 7). Piling on terms sets a young person up to fail.]],
    },
    choice { "Help them agree specific terms: a letter of apology to Kerry, the £12 repaid at £3 a week from her pocket money, and anything Chloe suggests herself; write down who checks what, and by when",
      to = "repair-in-person",
      id = "agree-terms",
      when = function(v) return shop_present(v) and not tainted(v) end,
      score = { repair = 3, accountability = 2, respect = 1 },
      feedback = [[Specific, proportionate and checkable: it matches the £12 of loss, answers Graham's request for an apology to Kerry, and is within Chloe's means. Inviting her own suggestion builds ownership. Chloe offers to bring the first payment to the shop in person with her mother, if Graham is happy with that.]],
    },
    choice { "Help them agree specific terms: a letter of apology to Kerry, the £12 repaid at £3 a week from her pocket money, and anything Chloe suggests herself; write down who checks what, and by when",
      to = "caution-challenged",
      id = "agree-terms-flawed",
      when = function(v) return shop_present(v) and tainted(v) end,
      score = { repair = 3, accountability = 2, respect = 1 },
      feedback = [[The terms themselves are specific, proportionate and checkable: they match the £12 loss, give Kerry an apology, and are within Chloe's means. But an agreement is only as sound as the process behind it, and an earlier step in this case did not meet the safeguards.]],
    },
    choice { "Shape terms that answer Graham's relayed wishes: a letter of apology for Kerry, the £12 repaid at £3 a week, and anything Chloe suggests herself; arrange to tell Graham the outcome",
      to = "repair-relayed",
      id = "relayed-terms",
      when = function(v) return v.victim_mode == "relayed" and not tainted(v) end,
      score = { repair = 3, accountability = 2, victim_voice = 1 },
      feedback = [[Graham asked for two things and the agreement delivers both, on terms Chloe can meet. Promising to report back closes the loop for a victim who could not be there. That matters as much as the terms.]],
    },
    choice { "Shape terms that answer Graham's relayed wishes: a letter of apology for Kerry, the £12 repaid at £3 a week, and anything Chloe suggests herself; arrange to tell Graham the outcome",
      to = "caution-challenged",
      id = "relayed-terms-flawed",
      when = function(v) return v.victim_mode == "relayed" and tainted(v) end,
      score = { repair = 3, accountability = 2, victim_voice = 1 },
      feedback = [[The terms meet Graham's wishes and are proportionate. But an agreement is only as sound as the process behind it, and an earlier step in this case did not meet the safeguards.]],
    },
    choice { "Draft the terms yourself: an apology letter and the £12 for the opened lipsticks",
      to = "caution-no-victim",
      id = "draft-terms",
      when = function(v) return v.victim_mode == "none" and not tainted(v) end,
      score = { repair = 1, accountability = 1, victim_voice = -1 },
      feedback = [[The terms are proportionate, but they are your idea of repair, not the shop's. Nobody has asked Kerry or Graham what would help, so the apology goes to people who never asked for one and may not want it.]],
    },
    choice { "Draft the terms yourself: an apology letter and the £12 for the opened lipsticks",
      to = "caution-challenged",
      id = "draft-terms-flawed",
      when = function(v) return v.victim_mode == "none" and tainted(v) end,
      score = { repair = 1, accountability = 1, victim_voice = -1 },
      feedback = [[The terms are proportionate but made without the shop. And an agreement is only as sound as the process behind it: an earlier step in this case did not meet the safeguards.]],
    },
    choice { "Accept Chloe's apology as enough and close the meeting",
      to = "sorry-only",
      id = "sorry-enough",
      score = { accountability = -1, repair = -2, victim_voice = -1 },
      feedback = [[A bare "sorry" with nothing behind it is accountability on the cheap. The shop is still £12 down, Kerry gets nothing she can read, and Chloe leaves without having done anything to put it right.]],
    },
  },

  ending "repair-in-person" {
    title = "Put right, face to face",
    text = function(v)
      local t = [[Chloe signs the agreement and receives a restorative caution. Four weeks later Graham rings you: the £12 has been paid in full, the last £3 brought in by Chloe and her mother. Kerry keeps the letter in her locker.

Graham: She came to the till and said hello to Kerry. That took some guts. I'd do one of these again.]]
      if v.mia_drawn_in then
        t = t .. [[


Mia's father has made a complaint. His daughter sat through a police meeting for something she did not do, and the complaint is upheld.]]
      end
      return t
    end,
    outcome = {
      victim = "Graham and Kerry were heard in their own words, got the apology and the £12 they asked for, and say they would take part again.",
      accused = "Chloe has a restorative caution, has kept her agreement, and can walk back into the shop without dreading it. She has no court record.",
      community = "A local shop and a local family know each other as people. The case was closed in weeks at the cost of one meeting.",
    },
    debrief = [[This is what Thames Valley's scheme aimed at: a scripted meeting, the victim there by choice and prepared, the young person taking responsibility with a parent beside her, and an agreement matched to the harm. Notice what did the work: the safeguards at the start (parent, legal advice, no inducements) made the admission sound, and the preparation made the meeting safe. Be honest about evidence, too: for shoplifting, RISE found no difference in reoffending. The surest gains here are for the victim and for fairness.]],
  },

  ending "repair-relayed" {
    title = "Put right at a distance",
    text = function(v)
      local t = [[Chloe signs the agreement and receives a restorative caution. You ring Graham that evening and read him the terms; he asks you to thank her mother. Over four weeks the £12 arrives in £3 instalments, and Chloe's letter goes to Kerry, who reads it twice.

Graham: Tell her I got it. That's all I wanted.]]
      if v.mia_drawn_in then
        t = t .. [[


Mia's father has made a complaint. His daughter sat through a police meeting for something she did not do, and the complaint is upheld.]]
      end
      return t
    end,
    outcome = {
      victim = "Graham never had to leave the shop. His words reached Chloe unchanged, he was told the outcome the same day, and he got the apology and the £12.",
      accused = "Chloe has a restorative caution, heard the harm in the victim's own words, and has kept an agreement she could afford. She has no court record.",
      community = "The shop feels listened to by the police, and a first offence was dealt with in a week without court.",
    },
    debrief = [[Most Thames Valley restorative cautions worked like this: 12,065 relayed an absent victim's views, against 1,915 with the victim present. Relaying views is not second best when it is done properly: the victim's own words, checked back with them, nothing added, and the outcome reported back. The officer's job is to carry the victim's voice, not to add to it.]],
  },

  ending "caution-no-victim" {
    title = "A caution without the shop",
    text = [[Chloe signs the terms you drafted and receives a caution. She pays the £12 and writes a careful letter. When you drop it at the shop, Graham reads it at the counter, frowning.

Graham: Nobody asked me about any of this. Kerry was the one who was upset, and she didn't get a say. Still. It's a nice letter.]],
    outcome = {
      victim = "The shop got its £12 and a letter, but nobody asked Graham or Kerry what they needed. Kerry's fear was never raised.",
      accused = "Chloe has a caution and has done what was asked, but she never heard from the people she affected.",
      community = "The process looked restorative on paper, but to the shop it felt like something the police did without them.",
    },
    debrief = [[A restorative caution without the victim's voice, whether present or relayed, is mostly a conversation between the police and a young person. The terms were fair. What was missing was the one thing that makes repair mean something to the person harmed: being asked. "Can't attend" and "not asked" are different, and only the first is the victim's choice.]],
  },

  ending "caution-challenged" {
    title = "An agreement built on a flaw",
    text = function(v)
      local why = {}
      if v.coerced then why[#why + 1] = "Chloe's agreement to take part was obtained by a promise or a threat" end
      if v.interview_adult == "none" then why[#why + 1] = "she was interviewed with no parent or appropriate adult" end
      if not v.legal_advice then why[#why + 1] = "she was talked out of legal advice before admitting the offence" end
      if v.victim_mode == "pressed" then why[#why + 1] = "the store manager was told he had to attend" end
      local t = "The agreement is signed and the caution is given. Three weeks later the force's professional standards department is reviewing the case. A complaint says that " ..
        table.concat(why, "; and that ") .. "."
      if v.coerced or v.interview_adult == "none" or not v.legal_advice then
        t = t .. [[


Chloe has stopped paying the instalments. Sarah says her daughter was never given a fair choice, so why should she keep to it.]]
      end
      if v.victim_mode == "pressed" then
        t = t .. [[


Graham has told head office he will not take part in another. Kerry never opened the letter.]]
      end
      return t
    end,
    outcome = {
      victim = "The shop got an apology that now looks like something the police arranged, and the case it came from is under review.",
      accused = "Chloe's caution is under review. Whatever she learned in the meeting is overshadowed by how the case was handled.",
      community = "A complaint against the police, a scheme that looks coercive, and a family less likely to trust the next officer.",
    },
    debrief = [[Every safeguard at the start of a restorative caution exists because what follows depends on it. An admission without legal advice, a minor without an adult, consent obtained by a promise or a threat, a victim told to attend: any one of these can make a good meeting worthless. These are hard violations, not matters of style. The restorative quality of the meeting cannot make up for a process that was unfair before it began.]],
  },

  ending "withdrawn" {
    title = "Chloe walks out",
    text = [[Sarah reads the proposed terms and puts the pen down.

Sarah: No. She did wrong and she'll pay the money back, but I'm not having her put on show. We're going.

Chloe follows her out. The meeting ends without an agreement. The case goes back for an ordinary caution a week later, and Sarah makes a complaint about the meeting.]],
    outcome = {
      victim = "The shop gets nothing: no apology, no £12, and a meeting that ended in a walkout.",
      accused = "Chloe gets an ordinary caution anyway. What she takes from it is that the police tried to humiliate her, not what the theft did to Kerry.",
      community = "A family's trust in the police is damaged, and a scheme meant to repair harm is seen as a way of shaming children.",
    },
    debrief = [[Disproportionate or degrading terms are a hard violation because they turn repair into punishment, and people see it at once. Note that the case went back to an ordinary caution, not to court. Walking away from an unfair agreement must not make things worse for the young person. The shop-window idea also shows why the facilitator, not the angriest voice in the room, is responsible for keeping terms proportionate.]],
  },

  ending "sorry-only" {
    title = "Sorry, and nothing else",
    text = [[Chloe receives her caution and goes home with her mother. Nothing is written down. When you tell Graham, he shrugs.

Graham: So that's it? She said sorry to you? Right.

The two lipsticks go in the damaged-stock bin. Kerry never hears anything.]],
    outcome = {
      victim = "The shop is still £12 down and Kerry gets nothing. Graham concludes the scheme is for show.",
      accused = "Chloe has a caution and a sense that saying sorry is enough. She was never asked to do anything.",
      community = "A missed chance. The meeting took the time a restorative caution takes and gave the shop none of what it offers.",
    },
    debrief = [[Accountability means acknowledging the harm and doing something about it. A bare apology to the facilitator, with no repair and no follow-up, gives the victim nothing and teaches the young person that words are enough. Even a small agreement, such as a letter and £12, would have made the meeting count.]],
  },

  ending "standard-caution" {
    title = "An ordinary caution",
    text = function(v)
      local t = [[You give Chloe an ordinary caution, explain what it means, and close the file the same afternoon. Graham gets a letter saying the matter has been dealt with.

Graham: Dealt with how? Did she say anything? Does she know what Kerry went through?

You don't know. Nobody asked.]]
      if v.mia_drawn_in then
        t = t .. [[


Mia's father has made a complaint about his daughter being drawn into the case. It is upheld.]]
      end
      return t
    end,
    outcome = {
      victim = "The shop is told the case is closed and nothing else. No apology, no £12, no chance to say what it meant.",
      accused = "Chloe has a caution on record, dealt with quickly, but she has never had to think about who she affected.",
      community = "A proportionate outcome reached quickly, but it does nothing to connect the young person with the people she harmed.",
    },
    debrief = [[An ordinary caution is lawful, proportionate and fast. That is worth something. But the restorative caution was designed to improve on exactly this: the same legal outcome, plus a meeting where the young person faces the harm and the victim is heard. The Thames Valley evaluation found reoffending risk appeared lower after restorative cautions than after old-style ones, though the study was not a randomised trial.]],
  },

  ending "youth-court" {
    title = "To the youth court",
    text = [[Chloe is charged and appears at the youth court six weeks later. She pleads guilty. The court makes a referral order, the usual outcome for a first offence admitted in court, and months later she sits in front of a youth offender panel, which asks her to write to the shop.

Graham gets a witness letter, then nothing for two months.]],
    outcome = {
      victim = "Graham and Kerry wait months, are asked nothing until the end, and get a letter they could have had in a week.",
      accused = "Chloe has a court conviction for a £40 first offence, and the restorative work she was given came long after it could have mattered.",
      community = "Court time and youth justice resources spent on a case that a caution would have closed. A 15-year-old's record is heavier than it needed to be.",
    },
    debrief = [[Least-intrusive discretion means using the mildest response that meets the need for accountability and repair. Here a caution, restorative or not, would have done that. Charging "to make an example" escalated the case and, ironically, ended in a restorative process anyway, only slower, later and with a conviction attached.]],
  },
}
