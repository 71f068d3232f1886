-- Arthur's Watch: an 80-year-old burglary victim will not meet the young person responsible.
-- Premise 11 of the research notes (B.7), modelled on Thames Valley relayed views and the
-- UN Basic Principles on restorative justice, paragraphs 7 (free consent) and 11 (unsuitable
-- cases go back to the ordinary process and are decided without delay).

return scenario {
  id = "elderly-victim-declines",
  version = 1,
  title = "Arthur's Watch",
  role = "officer",
  summary = [[Josh, 16, has admitted burgling the home of Edith Wren, 80, who lives alone. She will not meet him. As the officer in the case you must respect her refusal, look after her safety and support, offer indirect routes only if she wants them, and decide promptly what happens to Josh.]],
  minutes = 18,
  modelled_on = "Thames Valley Police restorative cautioning with relayed victim views; UN Basic Principles on restorative justice (ECOSOC 2002/12), paras 7 and 11",
  speakers = { "Mrs Wren", "Linda", "Josh", "Darren", "Priya" },
  figures = {
    { text = "Over three years Thames Valley Police ran 12,065 restorative cautions in which the views of victims who did not attend were relayed, against 1,915 conferences with the victim present. Sessions that kept closest to restorative principles had the best outcomes.",
      source = "Hoyle, Young & Hill (2002), An evaluation of the implementation and effectiveness of an initiative in restorative cautioning (Joseph Rowntree Foundation); restorativejustice.org/rj-archive/an-evaluation-of-the-implementation-and-effectiveness-of-an-initiative-in-restorative-cautioning/" },
    { text = "A 2023 economic model of post-sentence restorative justice in England and Wales found that only 8% of referrals led to direct restorative justice and 19% to indirect restorative justice. It is a model, not a trial.",
      source = "Frontiers in Psychology (2023): frontiersin.org/articles/10.3389/fpsyg.2023.1162286/full" },
    { text = "In London randomised trials with 192 burglary and robbery victims, those assigned to a restorative conference had 49% fewer cases of clinical-level post-traumatic stress symptoms. This was measured about a month later, so it is a short-term effect.",
      source = "Angel et al. (2014), Journal of Experimental Criminology: link.springer.com/article/10.1007/s11292-014-9200-0" },
  },
  vars = {
    pressed = false,        -- Mrs Wren was pressed to reconsider meeting Josh
    supported = false,      -- she was given practical safety measures and a victim-services referral
    views = "none",         -- "none", "summary" (a one-line note) or "relayed" (her own words)
    flag_handled = false,   -- the threat at her gate was acted on
    charged_after_threat = false,
    harsh = false,          -- Josh's outcome was made tougher because she would not meet him
    contact = "none",       -- "post" or "door": how an unwanted apology reached her
  },
  start = "first-visit",

  scene "first-visit" {
    title = "Thursday, 11 am — a bungalow in Witney",
    text = [[Ten days ago, while Edith Wren was at her daughter's for Sunday lunch, someone forced her kitchen window and took £150 in cash from a tin, and her late husband's wristwatch. Fingerprints led to Josh Barker, 16, who lives across town. The watch was found in his bedroom. In interview, with his father and a solicitor present, he admitted the burglary. He has no previous record.

Mrs Wren is 80 and lives alone. Her daughter, Linda, has come over for your visit. You explain that Josh has admitted it and that restorative options are available if she wants them, including meeting him.

Mrs Wren: No. I don't want to see him. I don't want him sitting in a room looking at me. I don't want him knowing any more about me than he already does.

Linda watches to see what you'll do.]],
    notes = [[Consent is the gate (UN Basic Principles 7). A victim's "no" is a complete answer: it needs no reasons and must not be treated as an opening position. Pressure can come from the police, or from family who have been asked to help. Both count. The refusal also must not change how seriously the case is taken.]],
    questions = {
      "Why might an officer who believes in restorative justice be tempted to push here?",
      "What does Mrs Wren lose if her 'no' is treated as 'not yet'?",
    },
    choice { "Write her down as 'undecided' and say you'll come back next week with a facilitator",
      to = "support-fear",
      id = "undecided",
      score = { voluntary = -1, victim_voice = -2, least_intrusive = -1 },
      feedback = [[She has decided. Recording "undecided" keeps the door open for the system, not for her, and another visit is pressure in itself. It also leaves Josh's case hanging while the police wait for a change of mind that may never come.]],
    },
    choice { "Accept her answer as final, tell her it won't count against anyone or change how seriously the case is taken, and ask what would help her now",
      to = "support-fear",
      id = "accept-refusal",
      score = { voluntary = 2, victim_voice = 2, respect = 1 },
      feedback = [[Right. Consent must be free, and a refusal is final unless she chooses to reopen it (UN Basic Principles 7). Telling her it won't count against anyone removes the guilt many victims feel about "standing in the way". Asking what would help turns the visit back to her needs.]],
    },
    choice { "Tell her that meeting him might be what turns his life around, and ask her to think about it for his sake",
      to = "pressured",
      id = "for-his-sake",
      violation = "no_victim_consent",
      set = { pressed = true },
      score = { voluntary = -3, victim_voice = -2 },
      feedback = [[This makes an 80-year-old victim responsible for the burglar's rehabilitation. It is pressure, and consent given under it is not free (UN Basic Principles 7 and 13(c)). Restorative justice exists to meet the needs of the people harmed, not to recruit them into the offender's programme.]],
    },
    choice { "Have a quiet word with Linda in the hall, asking her to talk her mother round",
      to = "pressured",
      id = "via-daughter",
      violation = "no_victim_consent",
      set = { pressed = true },
      score = { voluntary = -3, victim_voice = -2, respect = -1 },
      feedback = [[Pressure passed through the family is still pressure, and it is harder for the victim to resist because it comes from someone she trusts. Consent must be the victim's own (UN Basic Principles 7). Going behind her back also tells her that her answer to you did not count.]],
    },
  },

  scene "pressured" {
    title = "Linda steps in",
    text = [[Mrs Wren turns her wedding ring round and round.

Mrs Wren: Well. If you think I ought to. I don't want to be the one who stands in the lad's way.

Linda: Mum, you don't have to do anything. You said no.

Mrs Wren: I know what I said.

She is looking at you, not at her daughter.]],
    notes = [[This is what pressure produces: a reluctant yes that comes from duty and guilt, not choice. The trainee can still repair this. Treating the "yes" as consent would lead to a meeting she did not want, which is the harm the consent safeguard exists to prevent.]],
    questions = {
      "Is 'If you think I ought to' consent? What would real consent sound like?",
    },
    choice { "Take the 'yes' while you have it, and book the meeting for next week",
      to = "forced-meeting",
      id = "book-meeting",
      violation = "no_victim_consent",
      score = { voluntary = -3, safety = -3, victim_voice = -3, respect = -1 },
      feedback = [[This convenes a meeting on consent that is not free. Her own words showed that, and so did her daughter's. A frightened 80-year-old brought face to face with the person who broke into her home, against her wishes, is at real risk of being harmed again (UN Basic Principles 7 and 10).]],
    },
    choice { "Stop. Apologise, and tell her plainly that 'no' is a complete answer, and that it won't count against her or make anything worse for Josh",
      to = "support-fear",
      id = "back-off",
      score = { voluntary = 2, victim_voice = 1, respect = 1 },
      feedback = [[Good recovery. Naming the pressure and withdrawing it gives her decision back to her. It does not undo the earlier push, which is recorded, but it stops it from turning into a meeting she never wanted.]],
    },
  },

  scene "support-fear" {
    title = "What she is afraid of",
    text = [[Mrs Wren makes tea for everyone, though her hands aren't steady.

Mrs Wren: I've been sleeping in the chair in the front room. With the light on. He knows where I live. He knows there's no man in the house. What's to stop him coming back, or one of his friends?

Linda: She's not been out on her own since. She won't even go to the shops.

Josh is on bail, with conditions not to contact Mrs Wren or go to her road. Nobody has offered her anything since the first officer took her statement.]],
    notes = [[Support and safety are owed to her whatever she decides about restorative justice (Common Justice offers services to every harmed party). Fear of retaliation is common after burglary and must be taken seriously, not argued away. Practical steps such as locks, a direct number, an explanation of the bail conditions, and a referral to victim services often matter more than reassurance.]],
    questions = {
      "Which of her fears can the police do something about this week?",
      "Why should support not depend on whether she takes part in anything restorative?",
    },
    choice { "Reassure her that he won't come back, since they hardly ever do, and move on to the case",
      to = "her-question",
      id = "reassure",
      score = { safety = -2, victim_voice = -1 },
      feedback = [[Reassurance without action dismisses her fear. You cannot promise that he, or his friends, won't come back, and she knows it. Safety means dealing with the risk she feels, through locks, information and a number to call, not telling her she shouldn't feel it.]],
    },
    choice { "Tell her victim support is really for people taking part in restorative justice, so it's probably not for her",
      to = "her-question",
      id = "support-conditional",
      score = { victim_voice = -3, safety = -1 },
      feedback = [[This is wrong, and it punishes her for saying no. Support for victims does not depend on taking part in anything, and good practice is to offer services whatever the victim decides. Linking the two would also turn support into a form of pressure.]],
    },
    choice { "Take her fear seriously: explain Josh's bail conditions, give her a direct number, arrange a crime-prevention visit for the window and locks, and refer her to victim support services, whatever she decides about the case",
      to = "her-question",
      id = "practical-support",
      set = { supported = true },
      score = { safety = 2, victim_voice = 2, respect = 1 },
      feedback = [[This meets her needs as she describes them: practical safety, information and someone to call. Victim services should be offered whatever she decides, and here they are offered unconditionally. Explaining the bail conditions gives her something concrete to report if they are broken.]],
    },
  },

  scene "her-question" {
    title = "A question at the door",
    text = [[As you leave, Mrs Wren follows you to the door.

Mrs Wren: Will he ever know? What it's done? I don't want to see him. But I'd like him to know it wasn't just money in a tin.

Linda stands behind her in the hall.]],
    notes = [[This is the victim asking, not the officer offering. Indirect options, such as relayed views, a letter or shuttle communication through a facilitator, should be put to her neutrally, with "nothing at all" as an equal choice and no deadline. Offering them only when she wants them is the point of the scenario.]],
    questions = {
      "How do you lay out options without steering her towards one?",
    },
    choice { "Tell her the ways that can happen without meeting: you can pass on her views in her own words, she can write to him, or someone can carry messages between them. Or nothing at all. She needn't decide today",
      to = "her-views",
      id = "indirect-options",
      score = { voluntary = 2, victim_voice = 2 },
      feedback = [[She asked, so you answered, neutrally and with "nothing" as a real option. Relayed views, letters and shuttle communication all let her be heard without being seen. Thames Valley relayed absent victims' views in more than 12,000 cautions.]],
    },
    choice { "Tell her the only way he'll really understand is if she meets him",
      to = "disposal",
      id = "only-meeting",
      score = { voluntary = -2, victim_voice = -2 },
      feedback = [[This is not true, and it turns her question into another push towards a meeting she has refused. She closes the door on you: "Then he won't." Indirect routes exist precisely for victims who want to be heard but not seen.]],
    },
    choice { "Explain that she can make a Victim Personal Statement for the case file, and leave it there",
      to = "disposal",
      id = "statement-only",
      score = { victim_voice = 1, accountability = -1 },
      feedback = [[A trade-off. A Victim Personal Statement is a real way for her to be heard by whoever decides the case. But she asked whether Josh will know, and a statement may never reach him in a form he has to face. It gives her a voice in the system, but not the one she asked for.]],
    },
  },

  scene "her-views" {
    title = "In her own words",
    text = [[Mrs Wren chooses to have you pass on her views. She sits down again, and you take out your notebook.

Mrs Wren: The money was for the gas. I'm not a rich old lady with a drawer full of cash. The watch was Arthur's. He wore it for fifty years, and I wind it every Sunday. And I've not slept in my own bed since.

Mrs Wren: Don't tell him my road, or that I'm on my own, or about the chair. I don't want anything from him. If he's got something to say, it goes to Linda first, and she'll decide if I see it.

Linda nods.]],
    notes = [[When the officer relays views, they speak for someone who is not in the room. Writing her words down as she says them, reading them back and agreeing exactly what may be passed on protects her voice and her safety. What she asks to keep back is confidential (UN Basic Principles 14).]],
    choice { "Sum it up in your notes as 'victim upset, does not want contact'",
      to = "disposal",
      id = "one-line",
      set = { views = "summary" },
      score = { victim_voice = -2, respect = -1 },
      feedback = [[She has just told you exactly what she wants Josh to understand, and this note loses all of it. The gas money, Arthur's watch and the sleepless nights are what make the harm real to a 16-year-old. A one-line summary is not relaying her views.]],
    },
    choice { "Write her words down as she says them, read them back, and check exactly what may and may not be passed on",
      to = "disposal",
      id = "take-her-words",
      set = { views = "relayed" },
      score = { victim_voice = 3, safety = 1, respect = 1 },
      feedback = [[This is relayed views done properly: her words, checked back with her, with clear limits on what is shared. She stays in control of what Josh learns about her, which matters for her safety as well as her dignity.]],
    },
  },

  scene "disposal" {
    title = "Monday — deciding what happens to Josh",
    text = function(v)
      local have
      if v.views == "relayed" then
        have = "Mrs Wren's views are in your notebook, word for word, with a list of what must not be passed on."
      elseif v.views == "summary" then
        have = "Your only note on Mrs Wren's views reads 'victim upset, does not want contact'."
      else
        have = "Mrs Wren will not take part in anything restorative."
      end
      return [[Back at the station, you go through Josh's case with Priya Shah from the youth offending team. He admitted the burglary with his solicitor present, the watch has been returned, and he has no previous record. ]] .. have .. [[


Priya: She's said no to meeting him, and that's that. So what do we do with him? Both routes are open: a youth conditional caution with work on what he did, or a charge. Either way, let's not sit on it.

Burglary of someone's home is serious. This is also a first offence by a 16-year-old who has owned up.]]
    end,
    notes = [[UN Basic Principles 11: where a restorative process is not possible, the case goes back to the ordinary process and is decided without delay, and officials should still encourage the offender to take responsibility. Both an ordinary disposal and an offender-only intervention are defensible. What is not defensible is leaving the case waiting for the victim to change her mind, or making Josh's outcome harsher because she said no.]],
    questions = {
      "What can Josh still be asked to do to take responsibility, without Mrs Wren taking part?",
      "Why is 'waiting until she's ready' unfair to both of them?",
    },
    choice { "Charge him now and let the youth court deal with it in the ordinary way",
      to = "youth-court",
      id = "charge-now",
      score = { due_process = 1, accountability = 1, least_intrusive = -1 },
      feedback = [[Defensible. The case goes back to the ordinary process without delay, as UN Basic Principles 11 requires, and burglary of a home is serious. But for a 16-year-old first offender who has admitted it, court is the more intrusive route, and it will take months to reach any work on the harm.]],
    },
    choice { "Hold the case open until Mrs Wren changes her mind about meeting him",
      to = "limbo",
      id = "wait-for-her",
      score = { least_intrusive = -3, victim_voice = -2, voluntary = -2 },
      feedback = [[This leaves the case in limbo and puts the weight of the outcome on her. Every month it stays open is a quiet message that the system is waiting for her to say yes. UN Basic Principles 11 says unsuitable cases should be decided without delay.]],
    },
    choice { "Go for a youth conditional caution now, with offender-only restorative work: victim-awareness sessions with Priya, whatever Mrs Wren has agreed to pass on, and repaying the £150 at a rate he can manage",
      to = { { 0.7, "josh-session" }, { 0.3, "red-flag" } },
      id = "conditional-caution",
      score = { least_intrusive = 2, accountability = 2, repair = 2, due_process = 1 },
      feedback = [[Prompt and proportionate for an admitted first offence. Josh is still asked to face the harm and repay the money, without asking anything of Mrs Wren. This is what UN Basic Principles 11 asks for: decide without delay, and still encourage the offender to take responsibility.]],
    },
    choice { "Tell Priya he's lost his chance of anything lenient because she won't meet him, and press for the toughest outcome",
      to = "youth-court",
      id = "punish-refusal",
      set = { harsh = true },
      score = { least_intrusive = -3, respect = -2, voluntary = -1 },
      feedback = [[Mrs Wren's refusal is her right. It is not something Josh did, and his outcome should not be harsher because of it. Making it so also turns her "no" into the reason a boy was punished, a burden no victim should carry, and one that others may hold against her.]],
    },
  },

  scene "red-flag" {
    title = "Wednesday evening — a call from Linda",
    text = [[Linda rings you at home time.

Linda: Mum's in a state. Last night a lad on a bike stopped at her gate and shouted at the window: "Keep your mouth shut, grass." Then he rode off. She didn't see his face. She's packed a bag and she's at mine.

It is not known who the boy on the bike was. Josh's bail conditions keep him away from her road. His first session with Priya is on Friday.]],
    notes = [[A threat that surfaces during a restorative process is a red flag whether or not it can be linked to the young person (UN Basic Principles 10). Acting on it means recording and investigating it, protecting the victim, and reviewing what is shared with the young person. It does not mean assuming Josh sent the boy.]],
    questions = {
      "The threat isn't linked to Josh. Does that make it less of a red flag?",
      "What would it mean to overreact here, and who would pay for it?",
    },
    choice { "Cancel the caution and charge Josh instead, to be on the safe side",
      to = "youth-court",
      id = "charge-after-threat",
      set = { charged_after_threat = true },
      score = { safety = 1, due_process = -2, least_intrusive = -2 },
      feedback = [[A trade-off that goes too far. Safety matters, but nothing links Josh to the boy on the bike, and punishing him for it without evidence is unfair. It also does nothing to protect Mrs Wren from whoever did shout at her window.]],
    },
    choice { "Treat it as a red flag: log it as an incident, ask the neighbourhood team for patrols and house-to-house enquiries, check it against Josh's bail and his friends, tell Mrs Wren what you are doing, and make sure nothing passed to Josh identifies her further",
      to = "josh-session",
      id = "act-on-threat",
      set = { flag_handled = true },
      score = { safety = 3, victim_voice = 1 },
      feedback = [[This takes the threat seriously without jumping to conclusions. The incident is recorded and investigated, Mrs Wren is protected and kept informed, and the restorative work with Josh goes ahead with extra care over what reaches him. Safety is assessed continuously, not once (UN Basic Principles 10).]],
    },
    choice { "Tell Linda it was probably just kids messing about, and carry on as planned",
      to = "fear-returns",
      id = "dismiss-threat",
      violation = "ignored_red_flag",
      score = { safety = -3, victim_voice = -2 },
      feedback = [[A threat to a victim who has already said she is frightened of retaliation is a red flag, whoever made it. Dismissing it leaves her unprotected, leaves the incident unrecorded, and means the next session with Josh goes ahead as if nothing had happened (UN Basic Principles 10).]],
    },
  },

  scene "josh-session" {
    title = "Friday — Josh's first session",
    text = function(v)
      local have
      if v.views == "relayed" then
        have = "You have Mrs Wren's words in your notebook, and her list of what must not be passed on."
      elseif v.views == "summary" then
        have = "Your only note on Mrs Wren's views reads 'victim upset, does not want contact'."
      else
        have = "You have nothing from Mrs Wren beyond what she has told you herself."
      end
      return [[You join Priya at the youth offending team office. Josh sits next to his father, Darren, hands pulled into his sleeves.

Darren: He knows he's done wrong. He's not been sleeping much either, if that matters to anyone.

Josh: Is she coming? The old lady?

]] .. have
    end,
    notes = [[How the victim's refusal is described to the young person matters. "She chose not to meet you, and that is her right" is true and leaves Josh room to take responsibility. "She refused to forgive you" is false, makes her the obstacle, and can breed resentment towards someone who is already afraid of him. What she told the police in confidence is hers to share, not the officer's (UN Basic Principles 14).]],
    questions = {
      "How would Josh hear 'she refused to forgive you'? What might he do with it?",
      "Which parts of what Mrs Wren said are yours to pass on?",
    },
    choice { "Tell Josh she has chosen not to meet him and that it is her right, then read him her words exactly as she allowed, and ask him the restorative questions",
      to = "josh-letter",
      id = "relay-her-words",
      when = function(v) return v.views == "relayed" end,
      score = { victim_voice = 2, accountability = 2, respect = 2 },
      feedback = [[Her refusal is described honestly and without blame, and her words reach him as she gave them. The gas money, the watch and the lost sleep are harm a 16-year-old can grasp. The restorative questions then ask him to think about who he affected and what would put it right.]],
    },
    choice { "Tell Josh she has chosen not to meet him and that it is her right, then ask him the restorative questions: what he was thinking, and who he thinks has been affected",
      to = "josh-letter",
      id = "respect-her-choice",
      when = function(v) return v.views ~= "relayed" end,
      score = { accountability = 2, respect = 2 },
      feedback = [[Her choice is described honestly and without blame, and the restorative questions still ask Josh to face the harm. Without her own words, though, he has less to go on than he could have had.]],
    },
    choice { "Tell him she 'refused to forgive him', so he'd better take this seriously",
      to = "resentment",
      id = "refused-to-forgive",
      score = { victim_voice = -3, respect = -2, safety = -2, accountability = -1 },
      feedback = [[This is untrue: she chose not to meet him, which is not the same as refusing to forgive. It makes her the obstacle in his story and invites resentment towards a frightened woman who lives alone. It also puts words in the mouth of a victim who asked to stay out of it.]],
    },
    choice { "Tell him how frightened she is: that she lives alone and sleeps in a chair by the front window. Let him feel the full weight",
      to = "confidence-broken",
      id = "disclose-details",
      violation = "statements_used",
      score = { safety = -3, victim_voice = -2, respect = -1 },
      feedback = [[She told you this in confidence, and some of it she asked you specifically to keep back. Disclosing what a victim says without her consent breaks confidentiality (UN Basic Principles 14). Worse, it tells the person who burgled her that she is alone and where in the house she sleeps.]],
    },
  },

  scene "josh-letter" {
    title = "Josh's letter",
    text = [[Josh is quiet for a long time.

Josh: I thought nobody lived there, or they'd be out all day. I didn't know the watch was her husband's. I spent the money from the tin. I'll pay it back.

He spends forty minutes on a letter, crossing out and starting again. Darren reads it and puts a hand on his shoulder.

Priya: So where does this go?]],
    notes = [[An apology is a gift only if the person receiving it wants it. Mrs Wren set her own terms: nothing from him, and anything he wants to say goes to Linda first. Where no such wish has been expressed, the letter can be held on file and its existence offered, once, without pressure.]],
    questions = {
      "Josh has worked hard on this letter. Why isn't that enough reason to send it to her?",
    },
    choice { "Post it straight to Mrs Wren: a sincere apology can only help",
      to = "unwanted-contact",
      id = "post-it",
      set = { contact = "post" },
      score = { voluntary = -2, victim_voice = -2, safety = -1 },
      feedback = [[She said she wants nothing from him. A letter arriving unasked on her doormat is contact she did not agree to, however sincere, and it tells her that Josh's wishes counted for more than hers.]],
    },
    choice { "Have Josh take it round himself so he can apologise on the doorstep",
      to = "unwanted-contact",
      id = "doorstep",
      violation = "no_victim_consent",
      set = { contact = "door" },
      score = { voluntary = -3, safety = -3, victim_voice = -2 },
      feedback = [[This is the face-to-face meeting she refused, forced on her at her own front door, and it sends Josh to the road his bail conditions keep him away from. Whatever his intentions, for her it is the burglar coming back.]],
    },
    choice { "Send it to Linda, as Mrs Wren asked, and let Linda decide whether her mother sees it",
      to = "relayed-repair",
      id = "via-linda",
      when = function(v) return v.views == "relayed" end,
      score = { victim_voice = 2, voluntary = 2, respect = 1 },
      feedback = [[This follows her instructions exactly. She stays in control of whether, when and how his words reach her. Josh's apology is not wasted because she might not read it: he has written it, and it is there if she wants it.]],
    },
    choice { "Keep it on file with the youth offending team, and let Mrs Wren know once, through Linda, that a letter exists if she ever wants it",
      to = "caution-completed",
      id = "hold-on-file",
      when = function(v) return v.views ~= "relayed" end,
      score = { victim_voice = 1, voluntary = 1, repair = 1 },
      feedback = [[A careful middle course. She has not said what she wants, so the letter waits, and she is told it exists once, with no follow-up. It respects her refusal of contact while leaving a door she can open herself.]],
    },
  },

  ending "relayed-repair" {
    title = "Heard without being seen",
    text = function(v)
      local t = [[Josh completes his conditional caution: six victim-awareness sessions with Priya and £150 repaid at £10 a week from his Saturday job. Linda reads his letter first, then leaves it on the kitchen table. A week later her mother asks for it.

Linda rings you.

Linda: She read it twice. She said, "He didn't know about Arthur." She's back in her own bed.]]
      if v.flag_handled then
        t = t .. [[


The boy on the bike was traced to another estate and spoken to. He had no link to Josh.]]
      end
      if not v.supported then
        t = t .. [[


She still has had no support from victim services. Nobody offered.]]
      end
      if v.pressed then
        t = t .. [[


Linda mentions that her mother still remembers being asked to meet him "for his sake". It took her a long time to trust you again.]]
      end
      return t
    end,
    outcome = {
      victim = "She never had to see him. Her words reached him as she gave them, his apology reached her on her terms, and she has her husband's watch and her money back.",
      accused = "Josh has a conditional caution, no court record, has repaid the money in full, and has faced the harm through her words.",
      community = "A serious offence was dealt with in weeks, the victim's refusal was respected, and a 16-year-old was held to account without being pushed further into the system.",
    },
    debrief = [[This is what respecting a refusal looks like. Her "no" was final. Indirect options came only when she asked. Her words were relayed exactly, and the young person was still held to account. UN Basic Principles 7 and 11 work together here: consent is the gate, and when the gate stays shut the case moves on promptly, with the offender still encouraged to take responsibility. In Thames Valley's scheme, and in the 2023 figures for England and Wales, indirect restorative work outnumbered face-to-face meetings.]],
  },

  ending "caution-completed" {
    title = "Accountability without her",
    text = function(v)
      local t = [[Josh completes his conditional caution: victim-awareness sessions with Priya and £150 repaid at £10 a week. His letter sits in the youth offending team's file. Linda passes on that it exists; her mother says no, not now.

Mrs Wren never learns what Josh understood, and Josh never hears from her what the burglary cost her.]]
      if v.supported then
        t = t .. " The new locks and the victim services volunteer mean she is sleeping in her own bed again."
      else
        t = t .. " Nobody has offered her support, and she is still sleeping in the chair."
      end
      return t
    end,
    outcome = {
      victim = "Her refusal was respected and she got her money and watch back, but her own account of the harm never reached him.",
      accused = "Josh has a conditional caution and has repaid the money, but he worked with a thin picture of the person he harmed.",
      community = "A prompt, proportionate outcome. Less was done than could have been to connect the harm with the person who caused it.",
    },
    debrief = [[The process was fair: her refusal stood, the case was decided promptly, and Josh was held to account. What was missing was her voice. She wanted him to know it "wasn't just money in a tin", and the chance to carry her words to him, on her terms, was lost along the way. Relaying views well is a skill, and doing it carelessly costs the victim most.]],
  },

  ending "youth-court" {
    title = "The ordinary route",
    text = function(v)
      local t = [[Josh is charged and pleads guilty at the youth court. As a first offender who pleaded guilty, he is given a referral order, and months later he meets a youth offender panel, which sets him victim-awareness work and repayment of the £150. Mrs Wren is asked again, by letter, whether she wants any say; she does not reply.]]
      if v.harsh then
        t = t .. [[


His solicitor raises the police's comment that he had "lost his chance" because the victim would not meet him. Darren tells anyone who will listen that "the old woman" got his son sent to court.]]
      elseif v.charged_after_threat then
        t = t .. [[


Nothing ever linked Josh to the boy on the bike, whose identity is still unknown. Mrs Wren stays at Linda's for a month.]]
      end
      return t
    end,
    outcome = {
      victim = "Her refusal was respected, but the case took months and she heard little in between. The outcome was decided for her, not with her.",
      accused = "Josh has a court record for a first offence and reaches the work on the harm months later, through a youth offender panel.",
      community = "The ordinary process, properly followed, at more cost and delay than an out-of-court disposal would have needed.",
    },
    debrief = [[Sending the case back to the ordinary process is what UN Basic Principles 11 requires when restorative justice is not possible, and charging a home burglary is defensible. The questions are whether it was the least intrusive response that met the need, and whether the reasons were sound. Her refusal is never a reason for a harsher outcome, and a threat nobody can link to Josh is not evidence against him.]],
  },

  ending "limbo" {
    title = "Waiting for a yes",
    text = [[The file stays open. Every few weeks someone from the police rings Mrs Wren to ask whether she has "had any more thoughts". Linda asks them to stop.

Four months later Josh is still waiting to hear what will happen, he has done nothing to repay anyone, and his father has stopped answering calls. The case is finally charged by a new officer and takes another four months to reach court.]],
    outcome = {
      victim = "Four months of calls asking her to reconsider. The refusal she gave on the first day was never accepted, and the case hung over her.",
      accused = "Josh spent months in limbo with no accountability and no support, and still ended up in court.",
      community = "Delay helped nobody. It cost time and trust and turned a restorative scheme into a source of pressure.",
    },
    debrief = [[UN Basic Principles 11: where restorative justice is not possible, the case goes back and is decided without delay. Keeping a case open "until the victim is ready" sounds patient, but in practice it is pressure with no end date. It also denies the young person a timely response and any chance to put things right.]],
  },

  ending "forced-meeting" {
    title = "A meeting she didn't want",
    text = [[The meeting goes ahead the following Thursday. Mrs Wren sits with her coat on and barely speaks. Josh mumbles an apology to the table. When he says he "didn't think anyone would be that bothered", she starts to cry, and Linda takes her home.

That night Mrs Wren sleeps in the chair again, with the light on. Linda writes to the chief constable.]],
    outcome = {
      victim = "She was brought face to face with the person who burgled her, against her wishes, and left more frightened than before.",
      accused = "Josh met a victim who did not want to be there, learned little, and leaves thinking the meeting was pointless.",
      community = "A complaint, a distressed elderly victim, and a restorative scheme that local people now see as something done to victims.",
    },
    debrief = [[Consent that comes from pressure is not consent. "If you think I ought to" is not "yes". Convening a meeting on that basis breaks the first safeguard (UN Basic Principles 7 and 13(c)) and risks harming the victim again, which is the opposite of restorative justice. Research finding benefits for victims comes from meetings that victims chose.]],
  },

  ending "fear-returns" {
    title = "She leaves her home",
    text = [[Josh's sessions go ahead as planned. Nobody looks into the boy on the bike.

Ten days later someone rattles Mrs Wren's letterbox after midnight. She rings 999, waits forty minutes, and moves into Linda's spare room the next morning. Her bungalow goes on the market in the spring.]],
    outcome = {
      victim = "A threat she reported was dismissed, and she no longer feels safe in the home she lived in for decades.",
      accused = "Josh completes his caution. Whether or not he had anything to do with the threats, he is now suspected of it by everyone who hears the story.",
      community = "Neighbours see an elderly woman driven from her home after the police were told and did nothing. Trust in the police falls.",
    },
    debrief = [[Safety is assessed throughout, not once at the start (UN Basic Principles 10). A threat against a victim who has already said she fears retaliation is a red flag, whoever made it. Acting on it does not mean assuming the young person sent the boy. It means recording it, investigating it, protecting the victim and reviewing what is shared. Ignoring it is a hard violation.]],
  },

  ending "resentment" {
    title = "The blame passed to her",
    text = [[Josh hardly speaks for the rest of the session. In the car, Darren says what his son is thinking: "So she's decided he's scum. Why should he bother?"

Josh completes his sessions with the bare minimum and writes a two-line letter that Priya decides not to send. Months later Linda hears, from a neighbour's grandson, that Josh has been calling her mother "the old witch who wouldn't forgive me".]],
    outcome = {
      victim = "Words she never said were put in her mouth, and she is now resented by the boy who burgled her.",
      accused = "Josh completes his caution with a grievance instead of an understanding, and that makes him less likely to take responsibility.",
      community = "A restorative process made relations between a young person and his victim worse.",
    },
    debrief = [[A victim's decision not to meet is not a refusal to forgive, and it must never be presented as one. Saying "she refused to forgive you" misrepresents her, makes her the obstacle in his story, and can put a frightened person in the way of resentment. The honest version, "she chose not to meet you, and that is her right", does the young person no harm and leaves room for accountability.]],
  },

  ending "confidence-broken" {
    title = "Her words used against her",
    text = [[Josh goes quiet. Then, in the corridor, he tells his father that she "sits up all night in the front room". Darren repeats it to a neighbour, and it reaches Linda within the week.

Mrs Wren withdraws from everything: no views, no letter, no further contact with the police. Linda makes a complaint. Mrs Wren has the locks changed a second time.]],
    outcome = {
      victim = "Details she gave in confidence, about living alone and where she sleeps, were passed to the person who burgled her. She has lost trust in the police entirely.",
      accused = "Josh completes his caution, but it is now tied to a complaint, and he knows things about his victim that he should never have been told.",
      community = "A confidentiality breach that put an elderly woman at greater risk. Other victims will hear about it.",
    },
    debrief = [[What a victim tells the police in preparing a restorative process is confidential, and not to be disclosed without her consent (UN Basic Principles 14). She had set clear limits: not her road, not that she lives alone, not the chair. Using her fear to make an impression on Josh broke those limits and handed him exactly the information that frightened her most.]],
  },

  ending "unwanted-contact" {
    title = "An apology she didn't ask for",
    text = function(v)
      if v.contact == "door" then
        return [[On Saturday morning Josh knocks on Mrs Wren's door with his letter. She sees him through the glass and doesn't open it. He pushes the letter through and leaves.

She rings Linda in tears and goes to stay with her that afternoon. Josh is now in breach of his bail conditions, and the case is reviewed.]]
      end
      return [[Josh's letter arrives on Mrs Wren's doormat on Tuesday, in a youth offending team envelope. She recognises what it must be and doesn't open it. She rings Linda, who rings you.

Linda: She said she wanted nothing from him. You knew that.]]
    end,
    outcome = {
      victim = "Contact she had refused reached her anyway. She feels her wishes counted for less than the young person's need to apologise.",
      accused = "Josh's genuine effort was wasted, or worse, and the victim now associates his apology with fear.",
      community = "A restorative step done without consent undermines trust in the scheme for the next victim who is asked.",
    },
    debrief = [[An apology is a gift only if the person receiving it wants it. Mrs Wren set her own terms for any contact. Offering indirect options only if the victim wants them means she decides whether anything reaches her, and how, not the offender or the officer. A letter held on file, or passed to the person she named, respects that.]],
  },
}
