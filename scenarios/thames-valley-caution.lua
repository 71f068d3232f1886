-- The Make-up Stand: a police-facilitated restorative caution for a first-time shoplifter,
-- set in spring 1999, while Thames Valley Police ran restorative cautioning (1998-2001).
-- Premise 1 of the research notes (B.7); Hoyle, Young & Hill 2002.

-- A caution built on a flawed step: a threat to get Chloe into the meeting, an interview
-- with no adult, legal advice talked away, or a manager told to attend.
local function flawed(v)
  return v.coerced or v.adult == "none" or v.advice == "talked" or v.victim_mode == "pressed"
end

-- Where a closed case ends: the flaw first, then how the shop took part.
local function route(v)
  if flawed(v) then return "caution-challenged" end
  if v.victim_mode == "present" then return "kept-in-person" end
  if v.victim_mode == "relayed" then return "kept-relayed" end
  return "kept-without-shop"
end

-- One closing choice, offered once per ending it can lead to (exactly one is shown).
local function closing(c)
  local out = {}
  for _, to in ipairs({ "kept-in-person", "kept-relayed", "kept-without-shop", "caution-challenged" }) do
    out[#out + 1] = choice {
      c[1], id = c.id .. (to == "kept-in-person" and "" or "/" .. to), to = to,
      when = function(v) return route(v) == to end,
      set = c.set, score = c.score, feedback = c.feedback,
    }
  end
  return out
end

local function scene_with(id, fields, ...)
  for _, list in ipairs({ ... }) do
    for _, c in ipairs(list) do fields[#fields + 1] = c end
  end
  return scene(id)(fields)
end

return scenario {
  id = "thames-valley-caution",
  version = 2,
  title = "The Make-up Stand",
  role = "officer",
  summary = [[Aylesbury, spring 1999. Chloe, 15, walks out of a chemist's with £40 of make-up. You are the officer in the case and a trained facilitator in Thames Valley Police's restorative cautioning scheme (1998-2001): you decide how she is dealt with, whether and how the shop takes part, how the meeting runs and what becomes of the agreement. The scenario uses the disposals of that era, not today's.]],
  minutes = 20,
  modelled_on = "Thames Valley Police restorative cautioning, 1998-2001 (scripted cautions facilitated by police officers, with absent victims' views relayed); dated to that era",
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
    arrested = false,         -- Chloe was arrested at the shop and taken into custody
    office_q = false,         -- she was questioned in the shop office with no adult
    mia = "cleared",          -- "cleared", "warned" or "cautioned"
    adult = "mum",            -- at interview: "mum", "social" (custody), "aa" (volunteer) or "none"
    advice = "explained",     -- "explained", "notice" (read out only) or "talked" (talked out of it)
    coerced = false,          -- Chloe was threatened into the meeting
    victim_mode = "unknown",  -- "present", "relayed", "none" or "pressed"
    prepped = false,          -- Graham was prepared for the meeting
    shamed = false,           -- the meeting opened with a lecture
    terms = "fair",           -- "fair" or "heavy"
    letter = "none",          -- after a desk caution: "asked", "sent" or "none"
    closed = "none",          -- how the case was closed
  },
  start = "shop-office",

  scene "shop-office" {
    title = "Saturday, 3:40 pm — Brightwell's, Aylesbury, March 1999",
    text = [[Brightwell's, a chemist on the high street, has called you in. In the staff office the store detective, Kerry Lane, shows you £40 of make-up taken from a schoolbag: two lipsticks, a foundation and an eyeshadow palette. The shop's CCTV shows the girl bagging them at the cosmetics stand and walking out past the tills.

She is Chloe Adams, 15, with a local address and no police record. She is crying and has said almost nothing. Her mother, Sarah, a care worker, can get away from her shift in about an hour.

The manager, Graham Doyle, is polite but tired.

Graham: We've had a lot of this. I want it dealt with today, properly, not a telling-off.]],
    notes = [[Set in 1999: the juvenile caution still existed (reprimands and final warnings replaced it from June 2000 under the Crime and Disorder Act 1998 [verify dates for Thames Valley]). Under the PACE codes of the time a juvenile (under 17) was not to be interviewed without an appropriate adult except in an emergency [verify paragraph of Code C, 1995 edition]. Theft was an arrestable offence, so arrest was lawful; the question is whether it was needed for a 15-year-old with a known address and the goods recovered. Today this case would go to an out-of-court resolution such as a community resolution or a youth caution, not a restorative caution.]],
    questions = {
      "What would an answer from Chloe right now add to the tape and the statement?",
      "Graham wants it dealt with today. What do you owe him, and what can wait?",
    },
    choice { "Ask Chloe gently for her side while it is fresh, so that you can give her mum the whole picture when she gets here",
      id = "ask-now", to = "mia",
      violation = "minor_without_guardian",
      set = { office_q = true },
      score = { due_process = -3, voluntary = -1, respect = -1 },
      feedback = [[Kindly meant, but it is questioning a 15-year-old about an offence with no parent or appropriate adult, which the codes of practice did not allow outside an emergency and the safeguard for minors forbids (UN Basic Principles 13(a)). What a crying child says in a back office is neither fair nor reliable, and you need none of it: the tape and Kerry's statement prove the theft.]],
    },
    choice { "Arrest her and take her to the station: the custody sergeant can call out a social worker as appropriate adult and Graham has his answer tonight",
      id = "arrest", to = "mia",
      set = { arrested = true, adult = "social" },
      score = { victim_voice = 1, least_intrusive = -1, respect = -1 },
      feedback = [[Lawful, and Graham gets the quick answer he asked for. But a cell and a custody record for a 15-year-old with a known address and the goods back is more force than the case needs, and a social worker she has never met stands in for her mother.]],
    },
    choice { "Keep the tape, the goods and Kerry's statement, tell Chloe nobody will ask her about it without her mum, and drive her home",
      id = "take-home", to = "mia",
      score = { due_process = 1, least_intrusive = 2, respect = 1, victim_voice = -1 },
      feedback = [[The evidence is already secure, so waiting costs the case nothing, and Chloe will be questioned only with her mother beside her. The cost falls on Graham: he asked for it to be dealt with today and watches her leave. Tell him when he will hear from you.]],
    },
  },

  scene "mia" {
    title = "Mia",
    text = [[Chloe's friend Mia Okoro, also 15, was stopped at the door with a 99p hair clip in her hand. She says she forgot she was holding it. The tape shows her carrying it openly round the shop for ten minutes; she never goes near the cosmetics stand and hides nothing. She has no police record.

Graham watches the footage, then folds his arms.

Graham: She walked out with it, didn't she? They came in together. Deal with both of them, or every kid in Aylesbury hears you can walk out of here.]],
    notes = [[Net-widening here is not a bystander dragged in but a weak case pushed up a level. A caution needed enough evidence to prosecute and a clear admission; carrying a clip openly and forgetting it is not dishonesty. Without the restorative scheme this would have been no further action, so using the scheme on it brings in someone the system would have left alone.]],
    questions = {
      "What would you need to see before Mia had a case to answer?",
      "How do you say no to a victim without dismissing him?",
    },
    choice { "Let Mia pay for the clip or hand it back, take her as a witness, and show Graham on the tape why she has no case to answer",
      id = "clear-mia", to = { { 3, "interview" }, { 1, "no-mum" } },
      score = { least_intrusive = 2, due_process = 1, respect = 1 },
      feedback = [[Forgetting a clip in your hand is not theft, and the tape shows nothing hidden. Closing it at once is the least intrusive answer. Showing Graham the footage respects him even though he does not get what he asked for, and he may still be unhappy: that is the cost.]],
    },
    choice { "Give Mia a firm word about walking out with goods, note it in your pocketbook, and tell Graham both girls have been spoken to",
      id = "warn-mia", to = { { 3, "interview" }, { 1, "no-mum" } },
      set = { mia = "warned" },
      score = { victim_voice = 1, least_intrusive = -1, respect = -1 },
      feedback = [[Graham sees something done, which is why it tempts. But a warning recorded against a girl who did nothing dishonest is a police contact she did not earn, and it tells Graham that suspicion is enough.]],
    },
    choice { "Offer Mia a caution as well: she doesn't dispute the clip was in her hand, her dad can come in with her, and Graham wants it",
      id = "caution-mia", to = { { 3, "interview" }, { 1, "no-mum" } },
      violation = "net_widening",
      set = { mia = "cautioned" },
      score = { least_intrusive = -3, due_process = -2, respect = -1 },
      feedback = [[This is net-widening. A caution needs evidence enough to prosecute and an admission of the offence, and there is no evidence Mia meant to steal anything. Without the scheme her case would have ended today; with it she gets a formal record for a 99p clip she forgot she was holding.]],
    },
  },

  scene "no-mum" {
    title = "The appropriate adult",
    text = function(v)
      if v.arrested then
        return [[Saturday, 7 pm, the custody suite. The duty social worker has been called to another station and could be two hours. Sarah rang: she cannot leave her shift until ten.

Chloe has been in a cell for three hours.

Chloe: Can we just do it? I want to go home.

The custody sergeant wants the cell back.]]
      end
      return [[Tuesday, 4 pm, Aylesbury police station. Chloe is due to be interviewed by appointment, with her mother. She arrives alone, in school uniform. Sarah has phoned the front desk: two carers are off sick and she cannot leave, but she can come any evening next week.

Chloe: Can we just do it? I don't want to come back.

The interview room is free. Your sergeant would like the file finished this week.]]
    end,
    notes = [[A parent not turning up is common and nobody's fault. A trained appropriate adult from a volunteer scheme meets the legal requirement; it is a fair answer when the parent really cannot come. For a restorative caution, though, the parent is also the young person's supporter in the meeting. Going ahead alone is not an option at all.]],
    choice { "Interview her now: she wants it over with, it is only a caution, and the whole interview will be on tape",
      id = "go-alone", to = "interview",
      violation = "minor_without_guardian",
      set = { adult = "none" },
      score = { due_process = -3 },
      feedback = [[A tape is not an adult. A 15-year-old who wants it over with is exactly the person who may agree to anything, which is why she is not interviewed alone (UN Basic Principles 13(a)). And a caution is not "only" anything: it is recorded and can be cited if she is in trouble again.]],
    },
    choice { "Send her home, rearrange for an evening Sarah can come, and tell Chloe plainly that nothing more happens today",
      id = "wait-for-mum", to = "interview",
      set = { adult = "mum" },
      score = { due_process = 1, respect = 2, safety = 1, least_intrusive = -1 },
      feedback = [[Sarah is both the safeguard and the person who will support Chloe through a restorative caution, so a few days' wait buys a lot. The cost is real: Chloe has it hanging over her for another week, and the volunteer would have met the rules today.]],
    },
    choice { "Ring the appropriate adult volunteer scheme, and interview her today if someone can be with her within the hour",
      id = "volunteer-aa", to = "interview",
      set = { adult = "aa" },
      score = { due_process = 1, least_intrusive = 1 },
      feedback = [[Defensible: a trained appropriate adult meets the requirement, and Chloe is not left waiting. But a volunteer she met ten minutes ago is not her supporter, and her mother will still need to be in the restorative meeting.]],
    },
  },

  scene "interview" {
    title = "The interview room",
    text = function(v)
      local t
      if v.adult == "mum" then
        t = "Chloe sits beside her mother, Sarah, who has come straight from work in her care-home tunic."
      elseif v.adult == "social" then
        t = "Chloe sits beside a duty social worker she met ten minutes ago. Sarah is still at work."
      elseif v.adult == "aa" then
        t = "Chloe sits beside Dev Mistry, a volunteer appropriate adult she met ten minutes ago."
      else
        t = "Chloe sits alone across the table from you."
      end
      t = t .. [[


Before you start the tape, Chloe looks up.

Chloe: Do I need a solicitor? I just want to get it over with.]]
      if v.office_q then
        t = t .. [[


She adds, quietly, that she already told you at the shop.]]
      end
      return t
    end,
    notes = [[Free legal advice at the police station was a right in 1999 for volunteers as well as for people under arrest [verify Code C wording for voluntary attenders]. Officers must not talk anyone out of it. A caution was formally recorded and could be cited in court later; that is what "knowing the consequences" means here.]],
    choice { "Say it's her right, but most families don't bother for a first caution, and the duty solicitor could take two hours",
      id = "talk-down", to = "admission",
      violation = "admission_before_counsel",
      set = { advice = "talked" },
      score = { due_process = -2, voluntary = -1 },
      feedback = [[Every word of it may be true, and it still talks her out of advice. An admission that leads to a recorded caution is only fair when she knows what it means (UN Basic Principles 13(a) and (b)), and putting someone off a solicitor was against the codes of practice.]],
    },
    choice { "Explain that advice is free and what a caution means later, and wait for the duty solicitor if they want one",
      id = "explain-advice", to = "admission",
      score = { due_process = 2, voluntary = 1 },
      feedback = [[She now knows what she is deciding. A caution is recorded and can be cited later, and her admission is the basis of it, so it has to be made knowing that, with advice if she wants it. The wait is part of the price of a sound admission.]],
    },
    choice { "Read out the notice of her rights, say you can't advise her either way, and start once they've signed the form",
      id = "read-notice", to = "admission",
      set = { advice = "notice" },
      score = { voluntary = -1 },
      feedback = [[Correct on paper: she has been told of her right. But she asked you a question and got a form. Nobody has explained what a caution is or that it stays on record, so her choice is less informed than it looks.]],
    },
  },

  scene "admission" {
    title = "Chloe's account",
    text = function(v)
      local t = "Chloe answers your questions."
      if v.advice == "explained" then
        t = "After twenty minutes with the duty solicitor, Chloe answers your questions."
      end
      return t .. [[


Chloe: I took them. I put them in my bag and walked out. I knew I hadn't paid.

She wanted the palette for a friend's party and had no money. It matches the tape and Kerry's statement.

The theft is admitted, the evidence is clear and it is a first offence, so it is suitable for a caution. The force's restorative cautioning scheme is running, and you are trained to facilitate it.]]
    end,
    notes = [[Thames Valley's restorative cautions were for cases already suitable for a caution, with the offence admitted. The scripted meeting replaced a caution read out at a desk; it asks more of the young person in time and feeling, though not in law. It has to be offered, not imposed: saying no means an ordinary caution, nothing harsher.]],
    questions = {
      "What does the meeting ask of Chloe that a desk caution does not?",
      "If she says no, what should happen?",
    },
    choice { "Offer a restorative caution: describe the meeting, say it is Chloe's choice, and that saying no means an ordinary caution, nothing worse",
      id = "offer-rc", to = "invite",
      score = { voluntary = 2, accountability = 1, victim_voice = 1, least_intrusive = -1 },
      feedback = [[Chloe and Sarah know what the meeting involves and that refusing costs nothing (UN Basic Principles 7, 13(c)). It asks more of her than a desk caution, an evening facing the people she took from, and that is the price of a chance to put it right.]],
    },
    choice { "Give an ordinary caution at the station this week: it is proportionate, it is quick, and both of them are worn out",
      id = "desk-caution", to = "desk",
      score = { least_intrusive = 1, accountability = -1, victim_voice = -1 },
      feedback = [[Lawful, proportionate and the lightest touch. But nobody asks the shop what the theft meant, and Chloe is never asked to face it or put it right. It is the response the restorative caution was designed to improve on.]],
    },
    choice { "Tell them first offenders here are expected to do the restorative meeting, and if Chloe refuses the inspector may want her charged",
      id = "expect-rc", to = "invite",
      violation = "coerced_accused",
      set = { coerced = true },
      score = { voluntary = -3, least_intrusive = -1 },
      feedback = [[The hint of a charge makes the meeting a condition, not a choice (UN Basic Principles 13(c)). Her "yes" is now worth little as consent, and whatever she says in the room she says under threat. Saying no should have meant an ordinary caution.]],
    },
  },

  scene "desk" {
    title = "Thursday — the caution",
    text = [[You caution Chloe in an interview room with Sarah beside her, explain that it will be recorded and can be mentioned if she is in trouble again, and she signs.

As they get up to go, Chloe stops at the door.

Chloe: The lady who stopped me. Kerry. Can I say sorry to her? Or is that not allowed?]],
    notes = [[Even after a desk caution, the young person may want to make amends. The victim still decides whether anything reaches them. In 1999 a caution was recorded on police systems and could be cited in later proceedings [verify how it was recorded and cited for juveniles at the time].]],
    choice { "Tell her the case is closed now, and the kindest thing for the shop is to let it lie",
      id = "let-it-lie", to = "desk-caution",
      score = { victim_voice = -1, accountability = -1 },
      feedback = [[It spares everyone an awkward step, but it shuts down the one piece of responsibility Chloe has offered, and the shop never learns she wanted to say sorry.]],
    },
    choice { "Tell her to write to Kerry and drop it in at the shop herself: it will mean more coming from her own hand",
      id = "drop-it-in", to = "desk-caution",
      set = { letter = "sent" },
      score = { accountability = 1, victim_voice = -1, safety = -1 },
      feedback = [[Her apology is real, but Kerry never asked for it, and a girl she stopped for theft turning up at her till may be the last thing she wants. Contact goes through the person harmed choosing it.]],
    },
    choice { "Say you'll ask Graham whether the shop would like a letter, and pass one on only if he and Kerry say yes",
      id = "ask-the-shop", to = "desk-caution",
      set = { letter = "asked" },
      score = { accountability = 1, victim_voice = 1 },
      feedback = [[A late, small repair, on the shop's terms. Chloe's wish to apologise is taken seriously, and Kerry decides whether it reaches her.]],
    },
  },

  scene "invite" {
    title = "Monday — the stockroom at Brightwell's",
    text = function(v)
      local t = [[Chloe and Sarah have agreed to a restorative caution, pencilled in for Thursday week at 5 pm at the station.]]
      if v.coerced then
        t = t .. " Sarah agreed through her teeth."
      end
      return t .. [[


You call in to see Graham among the boxes of shampoo. Kerry is out on the shop floor.

Graham: So what is this, then? I've got a shop to run and two staff off sick.]]
    end,
    notes = [[The victim decides whether to take part and how: in person, through views the officer passes on, or not at all. Pressure relayed from an employer is still pressure. Deciding for a busy victim that he need not be asked takes his voice away as surely.]],
    questions = {
      "Graham is a manager, not a private individual. Does that change what his consent means?",
    },
    choice { "Tell him it's booked for Thursday week and his head office supports the scheme, so it would look well if the manager came",
      id = "booked-him", to = "meeting",
      violation = "no_victim_consent",
      set = { victim_mode = "pressed" },
      score = { voluntary = -2, victim_voice = -1 },
      feedback = [[Head office's approval is not Graham's consent (UN Basic Principles 7). A victim who comes because he was told it would look well is there for the process, not the harm, and it shows in the room.]],
    },
    choice { "Tell him not to worry: you'll run it without the shop, using Kerry's statement, and keep him informed of the result",
      id = "spare-him", to = "meeting",
      set = { victim_mode = "none" },
      score = { victim_voice = -2, voluntary = -1 },
      feedback = [[Considerate of a busy man, but you decided for him. A restorative caution without the harmed party's voice, present or relayed, is a conversation between the police and a teenager.]],
    },
    choice { "Explain his choices: come, have his words passed on, or take no part; that it's up to him, and to Kerry too",
      id = "his-choice", to = { { 3, "graham-comes" }, { 2, "graham-cannot" } },
      score = { voluntary = 2, victim_voice = 2 },
      feedback = [[A real choice, with indirect ways in as well as the meeting (Thames Valley relayed absent victims' views in most of its cautions). Naming Kerry recognises that the person most shaken on the day may not be the manager.]],
    },
  },

  scene "graham-comes" {
    title = "Graham will come",
    text = [[Graham thinks about it.

Graham: I'll come. I want her to hear it from us. Kerry won't be in the room, but she asked me to tell the girl she was shaking for an hour. A lad pulled a knife on her at her last job.

He rubs his face.

Graham: And I've got a few things to say about kids round here, I can tell you.]],
    notes = [[Preparation is where a victim learns how the meeting runs, thinks about what to say and agrees ground rules. Graham's anger is a reason to prepare him, not to keep him out; relaying his views instead is safe but decides for him how he takes part.]],
    choice { "Suggest you carry his words in yourself: in this mood he could flatten a frightened 15-year-old, and that isn't safe",
      id = "relay-instead", to = "meeting",
      set = { victim_mode = "relayed" },
      score = { safety = 2, victim_voice = -2 },
      feedback = [[The risk is real and you spotted it. But Graham chose to come, and his anger is about the harm. Preparing him would have managed the risk without taking his choice away.]],
    },
    choice { "Sit down with him now: how the meeting runs, what he wants to say and ask, and ground rules — no name-calling, anyone can pause",
      id = "prepare-him", to = "meeting",
      set = { victim_mode = "present", prepped = true },
      score = { respect = 2, victim_voice = 1, safety = 1 },
      feedback = [[Preparation lets him be angry about the theft without attacking the girl. It takes half an hour of his time and leaves some risk in the room: you are trusting the ground rules to hold. Keeping him out would have been safer, and less his.]],
    },
    choice { "Tell him to come along and say what he thinks in his own words; you'd rather he didn't rehearse it",
      id = "come-as-is", to = "meeting",
      set = { victim_mode = "present" },
      score = { victim_voice = 1, respect = -1, safety = -1 },
      feedback = [[Unrehearsed can sound more honest, but nobody has agreed how people will speak to each other, and an angry manager and a frightened 15-year-old are a poor mix unprepared.]],
    },
  },

  scene "graham-cannot" {
    title = "Graham can't make it",
    text = [[Graham checks the rota and shakes his head.

Graham: Thursday week's impossible. I'm the only key-holder. I'd have come.

He is quiet for a moment.

Graham: But tell her this. Kerry was shaking for an hour; a lad pulled a knife on her at her last job. Two lipsticks were opened in the bag, that's twelve quid I can't sell. I don't want her banned for life. I just want her to get it.]],
    notes = [[Most Thames Valley restorative cautions ran without the victim in the room. Relaying views well means taking them down in the victim's words, checking them back and reporting the outcome. Moving the date is possible, but a long delay leaves a 15-year-old waiting.]],
    questions = {
      "How do you make sure the words Chloe hears are Graham's, not yours?",
    },
    choice { "Write down his words as he says them, read them back, ask what he'd want from an agreement, and promise to ring him after",
      id = "take-his-words", to = "meeting",
      set = { victim_mode = "relayed" },
      score = { victim_voice = 1, respect = 1 },
      feedback = [[His voice reaches the meeting in his own words, he shapes the agreement and he will hear the outcome. It is less than having him in the room, which he said he would have liked; that is what this week costs him.]],
    },
    choice { "Offer to move the meeting three weeks on, to a day he can make, so that the victim can say it to her face",
      id = "move-date", to = "meeting",
      set = { victim_mode = "present", prepped = true },
      score = { victim_voice = 2, least_intrusive = -2 },
      feedback = [[He gets to be in the room. But he didn't ask for a later date, and Chloe waits three more weeks with the case hanging over her when relayed views would have given him most of what he wants now.]],
    },
    choice { "Thank him, and run it this week from the crime report and Kerry's statement; what he wants is in there already",
      id = "from-report", to = "meeting",
      set = { victim_mode = "none" },
      score = { victim_voice = -2 },
      feedback = [[He has just told you what he wants Chloe to know, and none of it is in the crime report: not Kerry's fear, not that he doesn't want her banned. Not being able to attend is not the same as not wanting a say.]],
    },
  },

  scene "meeting" {
    title = "Thursday, 5 pm — a meeting room at the station",
    text = function(v)
      local t = "Chloe and her mother sit to one side of you."
      if v.victim_mode == "present" or v.victim_mode == "pressed" then
        t = t .. " Graham sits on the other side, still in his Brightwell's fleece."
      elseif v.victim_mode == "relayed" then
        t = t .. " Graham's words are in your notebook, checked back with him."
      else
        t = t .. " There is no one from the shop."
      end
      t = t .. [[


Chloe is staring at the table. Sarah has a hand on her arm.]]
      if v.victim_mode == "pressed" then
        t = t .. [[


Graham: Can we get on? Head office said I'd better be here.]]
      end
      return t .. [[


How do you open?]]
    end,
    notes = [[The scripted preamble introduces everyone, states the incident, says the meeting is about what was done and who it affected rather than whether anyone is a good or bad person, and tells the young person she may stop at any time. The Thames Valley evaluation found facilitators who lectured or took over ran worse sessions. A participant who says he was told to come has not consented; that comes first.]],
    choice { "Before you begin, take Graham aside and tell him he is free to go and have his words passed on instead",
      id = "free-graham", to = "meeting",
      when = function(v) return v.victim_mode == "pressed" end,
      set = { victim_mode = "relayed" },
      score = { voluntary = 2, victim_voice = 1 },
      feedback = [[Consent can be repaired. Told truthfully that it is his choice, Graham gives you his views and goes back to the shop. This does not undo the earlier pressure, but the meeting is no longer built on it.]],
    },
    choice { "Open with a few words on what shoplifting costs shops like Brightwell's, so Chloe knows how seriously it's taken",
      id = "serious-first", to = "chloe-turn",
      set = { shamed = true },
      score = { respect = -2 },
      feedback = [[It sounds like accountability, but it makes you the prosecutor in the room before Chloe has said a word. The facilitator is meant to be impartial (UN Basic Principles 18); a young person who feels judged tends to shut down.]],
    },
    choice { "Introduce everyone and the incident, but leave out that she can stop at any time: no need to invite a walk-out",
      id = "short-open", to = "chloe-turn",
      score = { voluntary = -2 },
      feedback = [[It keeps her in the room, which is the point of leaving it out, and that is the problem: she is there because she doesn't know she can go. Taking part has to stay voluntary throughout (UN Basic Principles 7).]],
    },
    choice { "Follow the script: who everyone is, what happened, that it's about the act and not whether she's a bad person, and that she can stop",
      id = "script-open", to = "chloe-turn",
      score = { respect = 2, voluntary = 1 },
      feedback = [[The preamble does real work. Separating the act from the person lets Chloe take responsibility without defending who she is, and knowing she can stop keeps her there by choice.]],
    },
  },

  scene "chloe-turn" {
    title = "Chloe's turn",
    text = function(v)
      local t = [[You turn to Chloe first.

Chloe: I took it. I wanted the palette for Jess's party and I didn't have any money. It was stupid.]]
      if v.shamed then
        t = t .. " She says it so quietly you have to lean in."
      end
      return t .. [[


She stops. Sarah leans forward.

Sarah: She's had a hard year. Her dad moved out at Christmas and money's been tight. She's not a thief.]]
    end,
    notes = [[The questions for the person who caused harm ask for reflection: what happened, what were you thinking, what have you thought since, who was affected, what would put it right. Supporters speak too, later. The evaluation criticised "illegitimate" questions: lectures dressed as questions, and questions about character or family.]],
    choice { "Thank Sarah, tell her she will have her turn, and ask Chloe what she has thought about since and who was affected",
      id = "back-to-chloe", to = "shop-side",
      score = { accountability = 2 },
      feedback = [[It keeps the question with the person who has to answer it. The cost: Sarah, who is hurting too, is asked to wait, and what she says about home is left for later.]],
    },
    choice { "Let Sarah finish: she knows her daughter, and what has happened at home may explain more than Chloe can",
      id = "hear-sarah", to = "shop-side",
      score = { respect = 2 },
      feedback = [[Sarah is heard, and that matters. But the explanation now comes from her mother, and Chloe can hide behind it instead of thinking about who she affected.]],
    },
    choice { "Ask Chloe straight out why she'd steal when her mum works double shifts to keep her",
      id = "why-steal", to = "shop-side",
      score = { respect = -3, accountability = -1 },
      feedback = [[A lecture dressed as a question, the kind the evaluation called illegitimate. It turns her mother into a reproach, has no honest answer, and gives Chloe something to defend instead of something to think about.]],
    },
  },

  scene "shop-side" {
    title = "The shop's side",
    text = function(v)
      if v.victim_mode == "present" and v.prepped then
        return [[You turn to Graham. He has a sheet of notes he wrote after you talked.

Graham: It's not the forty quid. It's Kerry. She was shaking for an hour. She had a knife pulled on her at her last job, and every time someone runs out of the door she wonders.

Graham: I don't want you banned for life. I just want you to get it.]]
      elseif v.victim_mode == "present" then
        return [[Graham starts before you can ask him anything.

Graham: Kerry was shaking for an hour. She had a knife pulled on her at her last job. And I'm sick of kids treating my shop like a free-for-all. You lot think it's a game.

Chloe has gone red. Sarah's jaw is tight.]]
      elseif v.victim_mode == "pressed" then
        return [[You turn to Graham. He looks at his watch.

Graham: She took some stuff, she got caught. Kerry was a bit shaken. I don't know what you want me to say.]]
      elseif v.victim_mode == "relayed" then
        return [[You open your notebook. Graham's words are there as he gave them: Kerry shaking for an hour, the knife at her last job, the two opened lipsticks, and one line he asked you to make sure she hears: "I don't want her banned for life. I just want her to get it."]]
      end
      return [[You have nothing from the shop but the crime report and Kerry's statement. Nobody has asked them what the theft meant to them.

Chloe waits.]]
    end,
    notes = [[Present or relayed, the victim's account should reach the young person as the victim gave it. Adding, sharpening or softening is the easiest way to fail both of them.]],
    choice { "Ask Graham the questions for those harmed: what he thought at the time, who it affected, the hardest part; then ask Sarah",
      id = "harm-questions", to = "agreement",
      when = function(v) return v.victim_mode == "present" or v.victim_mode == "pressed" end,
      score = { victim_voice = 2, respect = 1, accountability = 1 },
      feedback = [[The questions help Graham say what the theft cost, mostly Kerry's fear, and keep his anger on the harm. Asking Sarah afterwards acknowledges that Chloe's family has been affected too.]],
    },
    choice { "Let Graham say it his own way without steering him: it's his shop, his turn, and he has waited for this",
      id = "let-him-run", to = "agreement",
      when = function(v) return v.victim_mode == "present" or v.victim_mode == "pressed" end,
      score = { victim_voice = 1, respect = -1, safety = -1 },
      feedback = [[He is heard, and that counts. But a speech about "kids" is not about this harm, and the facilitator's job is to keep it respectful both ways (UN Basic Principles 18).]],
    },
    choice { "Back Graham up: tell Chloe he's right, shops are sick of kids like her walking out with their stock",
      id = "back-him", to = "agreement",
      when = function(v) return v.victim_mode == "present" or v.victim_mode == "pressed" end,
      violation = "degrading_terms",
      set = { shamed = true },
      score = { respect = -3 },
      feedback = [[The facilitator has taken a side and joined in shaming a child, which the safeguards rule out (UN Basic Principles 18). Graham's real point, about Kerry, is lost in a row about young people in general.]],
    },
    choice { "Read Graham's words exactly as he gave them, including that he doesn't want her banned, and add nothing of your own",
      id = "read-exact", to = "agreement",
      when = function(v) return v.victim_mode == "relayed" end,
      score = { victim_voice = 2, accountability = 1 },
      feedback = [[Chloe hears about Kerry, and hears that Graham wants her to understand, not to suffer. It is hard to hear, and you let it be hard.]],
    },
    choice { "Read them, but leave out the knife: Chloe is upset enough, and what happened at Kerry's last job isn't her doing",
      id = "soften", to = "agreement",
      when = function(v) return v.victim_mode == "relayed" end,
      score = { respect = 1, victim_voice = -1 },
      feedback = [[Kind to Chloe, unfaithful to Graham. The knife is why Kerry shook for an hour; without it Chloe hears a smaller harm than the one she caused, and Graham's words are no longer his.]],
    },
    choice { "Put it strongly for him: tell Chloe the manager is sick of kids like her and wants an example made",
      id = "sharpen", to = "agreement",
      when = function(v) return v.victim_mode == "relayed" end,
      violation = "degrading_terms",
      set = { shamed = true },
      score = { victim_voice = -3, respect = -3, accountability = -1 },
      feedback = [[Graham never said this. Putting your words in an absent victim's mouth misrepresents him and shames Chloe with an anger that is yours (UN Basic Principles 18); a shamed child stops thinking about Kerry.]],
    },
    choice { "Tell Chloe honestly that the shop hasn't been asked, and ask her who she thinks was affected",
      id = "honest-gap", to = "agreement",
      when = function(v) return v.victim_mode == "none" end,
      score = { accountability = 1, respect = 1 },
      feedback = [[Honest, and it still asks Chloe to think about the harm. But the gap is real: whatever she comes up with, nobody at the shop has had a say.]],
    },
    choice { "Tell Chloe in your own words what the shop and Kerry must have felt, so that she hears it from somebody",
      id = "imagine", to = "agreement",
      when = function(v) return v.victim_mode == "none" end,
      score = { accountability = 1, victim_voice = -1 },
      feedback = [[It gets her thinking about the harm, but you are guessing at a victim nobody consulted, and speaking for them is not giving them a voice.]],
    },
    choice { "Move straight on to the agreement: with nobody from the shop here, there's nothing more to hear",
      id = "skip-on", to = "agreement",
      when = function(v) return v.victim_mode == "none" end,
      score = { accountability = -1 },
      feedback = [[Quick, but Chloe is never asked to think about who she affected, and the agreement will be made with no sense of the harm.]],
    },
  },

  scene "agreement" {
    title = "Putting it right",
    text = function(v)
      local t
      if v.shamed then
        t = "Chloe mumbles that she's sorry, without looking up."
      elseif v.victim_mode == "none" then
        t = "Chloe: I'm sorry. I didn't think about anyone at the shop."
      else
        t = "Chloe: I'm sorry. I didn't think about the woman who stopped me at all. I didn't know about the knife."
      end
      if v.victim_mode == "present" or v.victim_mode == "pressed" then
        t = t .. [[


Graham wants a letter Kerry can read and the £12 for the opened lipsticks. Then: "Or a Saturday in the shop window, stacking shelves in her school uniform. Let people see."]]
      else
        t = t .. [[


]] .. (v.victim_mode == "relayed" and "Graham asked for a letter Kerry can read and the £12 for the opened lipsticks."
          or "The crime report records two opened lipsticks, £12 the shop cannot sell.")
          .. [[ Your sergeant's idea from this morning: "a Saturday in the shop window, in uniform, so people can see."]]
      end
      return t .. [[


Sarah: Her pocket money's £5 a week. And I'd like her in by eight for a month, if you can put that in.]]
    end,
    notes = [[Terms should be reasonable and proportionate (UN Basic Principles 7), specific, matched to the harm and checked. Unpaid work in public view, in school uniform, is humiliation, not repair. A parent's house rule is the family's business: writing it into a police agreement adds a condition nobody can fairly monitor.]],
    questions = {
      "Sarah asked for the curfew. Does that make it a fair term?",
    },
    choice { "Add the Saturday in the shop window: it's honest work, it was put forward seriously, and it shows she's sorry",
      id = "window", to = "sarah-objects",
      violation = "degrading_terms",
      score = { repair = -2, respect = -2 },
      feedback = [[Putting a 15-year-old on display in her school uniform is public humiliation, and it repairs nothing the shop lost. Agreements must hold only reasonable and proportionate obligations (UN Basic Principles 7).]],
    },
    choice { "Write in what was asked, Sarah's 8 pm curfew included, and a month's ban from the shop, so everyone sees it has teeth",
      id = "add-curfew", to = { { 1, "review-paid" }, { 3, "review-short" } },
      set = { terms = "heavy" },
      score = { repair = 2, accountability = 1, respect = 1, least_intrusive = -2, victim_voice = -1 },
      feedback = [[The shop's letter and £12 are in, and Sarah feels heard, which is worth something. But a curfew and a ban have nothing to do with the harm, Graham never asked for a ban, nobody can check either fairly, and every extra term is one more Chloe can fail.]],
    },
    choice { "Write down the letter to Kerry and the £12 at £2 a week, ask Chloe what she'd add, and leave the curfew to the family",
      id = "asked-terms", to = { { 3, "review-paid" }, { 2, "review-short" } },
      score = { repair = 2, accountability = 1, least_intrusive = 1 },
      feedback = [[Specific, proportionate and within her means, and made of what the shop asked for. Saying no to Sarah's curfew costs her something: she wanted backing at home. But a house rule is hers to set, not the police's to monitor.]],
    },
  },

  scene "sarah-objects" {
    title = "Sarah puts the pen down",
    text = [[Sarah reads the terms and puts the pen down.

Sarah: No. She'll pay it back and she'll write the letter. But I'm not having her put on show in her school uniform.

Chloe is crying again.]],
    notes = [[The facilitator, not the angriest voice in the room, is responsible for keeping the terms proportionate. Taking a bad term back is a recovery; making it a condition of the caution turns it into coercion.]],
    choice { "Say it's part of the package: without it, the restorative caution can't go ahead and it goes back to the inspector",
      id = "insist", to = "walk-out",
      violation = "coerced_accused",
      score = { voluntary = -2, respect = -1 },
      feedback = [[Making a humiliating term the price of the caution is pressure to accept an outcome (UN Basic Principles 13(c)). Refusing unfair terms must never make things worse for the young person.]],
    },
    choice { "Offer a middle way: a Saturday stacking shelves in the stockroom, out of sight, instead of the window",
      id = "stockroom", to = { { 1, "review-paid" }, { 3, "review-short" } },
      set = { terms = "heavy" },
      score = { least_intrusive = -1 },
      feedback = [[Better than the window, but still a term nobody in the shop asked for. It adds a day's work to a £12 loss.]],
    },
    choice { "Apologise, take the window out, and go back to the letter and the £12 at a rate she can pay",
      id = "drop-window", to = { { 3, "review-paid" }, { 2, "review-short" } },
      score = { repair = 1, respect = 1 },
      feedback = [[A mistake owned and put right in the room. The agreement now matches the harm.]],
    },
  },

  scene_with("review-paid", {
    title = "Six weeks later",
    text = function(v)
      local t = [[The £12 has been paid, £2 a week, Sarah bringing it to the front desk each Friday. Chloe's letter to Kerry is in your tray: two pages, rewritten three times.]]
      if v.terms == "heavy" then
        t = t .. " Sarah says the other terms were hard going, but they got there."
      end
      if v.victim_mode == "relayed" then
        t = t .. " You promised Graham a call."
      end
      return t .. [[


The file can be closed.]]
    end,
    notes = [[Follow-up is part of the agreement: the victim hears the outcome, and anything sent to the victim goes only if they want it.]],
  }, closing {
    "Post the letter to Kerry at the shop with a note that the agreement is complete, so that she has it at last",
    id = "post-letter", set = { closed = "posted" },
    score = { repair = 1, voluntary = -1, victim_voice = -1 },
    feedback = [[The apology arrives promptly, and Graham did ask for one. But Kerry was never asked herself whether she wants a letter from the girl she stopped.]],
  }, closing {
    "Close the file, and call in at Chloe's school to ask her head of year to keep an eye on her",
    id = "school-check", set = { closed = "school" },
    score = { least_intrusive = -2, respect = -1 },
    feedback = [[Well meant, but it tells her school about a caution nobody there needed to know about, after she has done everything asked of her.]],
  }, closing {
    "Ring Graham with the outcome, ask whether Kerry wants the letter, and take it round only if she does",
    id = "report-back", set = { closed = "reported" },
    score = { victim_voice = 2, voluntary = 1 },
    feedback = [[The shop hears the outcome from you, and Kerry decides whether the apology reaches her. It delays the letter by a few days: that is the cost of asking.]],
  }),

  scene_with("review-short", {
    title = "Six weeks later",
    text = function(v)
      local t = [[Chloe has paid £6 of the £12. Sarah rings: her hours have been cut and there has been no pocket money for a fortnight. The letter to Kerry is written.]]
      if v.terms == "heavy" then
        t = t .. " Chloe has also missed the curfew twice, and she has to walk past the shop to school."
      end
      return t .. [[


Sarah: She's not dodging it. We just haven't got it.]]
    end,
    notes = [[A 1999 caution was given in the meeting; the agreement sat beside it. Failing to complete it, or failing to agree, must not lead to a harsher outcome (UN Basic Principles 15-17 [verify wording]). The usual answers are a new timetable agreed with the victim, or closing the loop honestly.]],
    choice { "Tell Sarah the terms were part of the caution: if the £6 isn't paid this month, you will ask for the case to be reviewed",
      id = "pay-or-else", to = "pay-or-else",
      violation = "punished_after_agreement",
      score = { voluntary = -3, respect = -2, least_intrusive = -1 },
      feedback = [[The caution is given and cannot be traded against £6. Threatening a review for a family's hardship punishes failure to complete, which the safeguards rule out.]],
    },
  }, closing {
    "Ask Graham whether he'll take the rest at £1 a week, or an hour's help Chloe has offered; tell Sarah there's no penalty",
    id = "ask-graham", set = { closed = "extended" },
    score = { repair = 1, victim_voice = 1, respect = 1, least_intrusive = -1 },
    feedback = [[The agreement bends to what the family can pay, and the shop decides how. It keeps the file open another month, which a quick close would not.]],
  }, closing {
    "Tell Sarah £6 will do, let Graham know it's been settled as far as it can be, and close the file",
    id = "write-off", set = { closed = "written-off" },
    score = { least_intrusive = 1, respect = 1, victim_voice = -1 },
    feedback = [[Kind, and the lightest touch. But you settled the shop's loss without asking the shop, and Chloe learns that half done is done.]],
  }),

  ending "kept-in-person" {
    title = "Put right, face to face",
    text = function(v)
      local t = [[Chloe has her restorative caution and has kept her side of it.]]
      if v.closed == "reported" or v.closed == "extended" then
        t = t .. [[ Graham rings you a week later: Kerry read the letter on her break and keeps it in her locker.

Graham: She came to the till and said hello to Kerry. That took guts. I'd do one of these again.]]
      elseif v.closed == "posted" then
        t = t .. " Kerry opens the letter at the till, reads it twice, and puts it away without saying anything."
      elseif v.closed == "school" then
        t = t .. " Her head of year calls her in about it; Sarah rings you, upset, to ask why the school had to know."
      else
        t = t .. " Graham hears the rest was written off. He shrugs: the shop has been £6 down before."
      end
      if v.mia ~= "cleared" then
        t = t .. "\n\nMia's father has complained about how his daughter was treated over a hair clip."
      end
      return t
    end,
    outcome = {
      victim = "Graham was heard in his own words; Kerry's fear reached the girl who caused it, and the shop got the apology and most or all of the £12.",
      accused = "Chloe has a caution, not a conviction, and has faced the people she took from with her mother beside her.",
      community = "A local shop and a local family met as people, and a first offence was closed in weeks.",
    },
    debrief = [[This is what Thames Valley's scheme aimed at: a scripted meeting, the victim there by choice and prepared, a young person taking responsibility with a parent beside her, and terms made of what the shop asked for. Notice what did the work: the safeguards at the start made the admission sound, preparation made the meeting safe, and follow-up told the shop what came of it. Be honest about the evidence: for shoplifting, RISE found no difference in reoffending. The surest gains are for the victim and for fairness.]],
  },

  ending "kept-relayed" {
    title = "Put right at a distance",
    text = function(v)
      local t = [[Chloe has her restorative caution and has kept her side of it.]]
      if v.closed == "reported" or v.closed == "extended" then
        t = t .. [[ You ring Graham and read him the terms and Chloe's answer. Kerry asks for the letter and reads it on her break.

Graham: Tell her I got it. That's all I wanted.]]
      elseif v.closed == "posted" then
        t = t .. " The letter arrives at the shop before anyone has told Graham how the meeting went. He rings to ask."
      elseif v.closed == "school" then
        t = t .. " Her head of year calls her in about it; Sarah asks you why the school had to know."
      else
        t = t .. " Graham hears the rest was written off from a letter. He never hears how Chloe took his words."
      end
      if v.mia ~= "cleared" then
        t = t .. "\n\nMia's father has complained about how his daughter was treated over a hair clip."
      end
      return t
    end,
    outcome = {
      victim = "Graham never had to leave the shop. His words reached Chloe unchanged and he got the apology he asked for.",
      accused = "Chloe has a caution, heard the harm in the victim's own words, and kept an agreement she could afford.",
      community = "The shop felt listened to, and a first offence was dealt with in weeks without court.",
    },
    debrief = [[Most Thames Valley restorative cautions worked like this: 12,065 relayed an absent victim's views, against 1,915 with the victim present. Relaying is not second best when it is done properly: the victim's own words, checked back, nothing added or softened, and the outcome reported back. The officer carries the victim's voice; the officer does not add to it.]],
  },

  ending "kept-without-shop" {
    title = "A caution without the shop",
    text = function(v)
      local t = [[Chloe has her restorative caution, pays what she can and writes a careful letter. When you drop it at the shop, Graham reads it at the counter, frowning.

Graham: Nobody asked me about any of this. Kerry was the one who was upset, and she didn't get a say. Still. It's a nice letter.]]
      if v.mia ~= "cleared" then
        t = t .. "\n\nMia's father has complained about how his daughter was treated over a hair clip."
      end
      return t
    end,
    outcome = {
      victim = "The shop got a letter and some money, but nobody asked Graham or Kerry what they needed. Kerry's fear was never raised.",
      accused = "Chloe has a caution and did what was asked, but never heard from the people she affected.",
      community = "Restorative on paper; to the shop, something the police did without them.",
    },
    debrief = [[A restorative caution without the victim's voice, present or relayed, is mostly a conversation between the police and a young person. The terms can be fair and still miss what makes repair mean something to the person harmed: being asked. "Can't attend" and "not asked" are different, and only the first is the victim's choice.]],
  },

  ending "caution-challenged" {
    title = "An agreement built on a flaw",
    text = function(v)
      local why = {}
      if v.coerced then why[#why + 1] = "Chloe was told a refusal might mean a charge" end
      if v.adult == "none" then why[#why + 1] = "she was interviewed with no adult" end
      if v.advice == "talked" then why[#why + 1] = "she was talked out of legal advice" end
      if v.victim_mode == "pressed" then why[#why + 1] = "the manager was told to attend" end
      return "The agreement is kept, more or less. Then Sarah complains, and the force reviews the case: " ..
        table.concat(why, "; ") .. [[.

Graham learns of the review from a letter. He tells head office he won't take part in another.]]
    end,
    outcome = {
      victim = "The shop got an apology that now looks like something the police arranged, and the case it came from is under review.",
      accused = "Chloe's caution is under review; whatever she learned in the meeting is overshadowed by how she got there.",
      community = "A complaint against the police and a scheme that looks coercive to the next family asked.",
    },
    debrief = [[The safeguards at the start of a restorative caution exist because everything after depends on them. A threat to get her into the room, an interview with no adult, advice talked away, a victim told to attend: any one can make a good meeting worthless. A well-run meeting cannot make up for a process that was unfair before it began.]],
  },

  ending "pay-or-else" {
    title = "Paid in fear",
    notes = [[UN Basic Principles 15-17 on failing to complete an agreement are paraphrased [verify wording]. In 1999 the caution had already been given in the meeting, and there was no power to withdraw it for non-payment [verify].]],
    text = [[Sarah borrows the £6 from her sister and brings it in the next day without a word. A week later she writes to the chief constable: her daughter was threatened over money the family did not have.

Graham, told of the complaint, says he never asked for anyone to be threatened.]],
    outcome = {
      victim = "The shop got its £12, and a complaint it wanted no part of.",
      accused = "Chloe finished the agreement afraid, and learned that the police's word in the meeting did not hold.",
      community = "A family in hardship was threatened by the scheme meant to repair harm.",
    },
    debrief = [[An agreement is voluntary and must be reasonable. Failing to complete it, especially for hardship, must not bring a harsher outcome (UN Basic Principles 7, 17). The answer to a shortfall is to look at why and change the plan with the victim, not to threaten.]],
  },

  ending "walk-out" {
    title = "Chloe walks out",
    text = [[Sarah stands up.

Sarah: Then we're going.

Chloe follows her out. The meeting ends without an agreement. The case goes back for an ordinary caution a week later, and Sarah complains about the meeting.]],
    outcome = {
      victim = "The shop gets nothing: no apology, no £12, and a meeting that ended in a walkout.",
      accused = "Chloe gets an ordinary caution anyway. What she takes from it is that the police tried to humiliate her.",
      community = "A family's trust is damaged, and the scheme looks like a way of shaming children.",
    },
    debrief = [[Degrading terms turn repair into punishment, and people see it at once. Insisting on them made it coercion too. Note that the case went back to an ordinary caution, not to court: walking away from unfair terms must not make things worse for the young person.]],
  },

  ending "desk-caution" {
    title = "An ordinary caution",
    text = function(v)
      local t = [[Chloe has an ordinary caution. The file is closed the same week.]]
      if v.letter == "asked" then
        t = t .. " Graham says Kerry would like a letter. It comes a week later, two pages in a careful hand."
      elseif v.letter == "sent" then
        t = t .. " Chloe brings a letter to the till herself. Kerry goes into the back office and does not come out until she has gone."
      else
        t = t .. [[ Graham gets a letter saying the matter has been dealt with.

Graham: Dealt with how? Does she know what Kerry went through?]]
      end
      if v.adult == "none" or v.advice == "talked" then
        t = t .. "\n\nSarah complains that Chloe " .. (v.adult == "none" and "was interviewed with no adult" or "was talked out of legal advice")
          .. ". The force reviews the caution."
      end
      if v.mia ~= "cleared" then
        t = t .. "\n\nMia's father has complained about how his daughter was treated over a hair clip."
      end
      return t
    end,
    outcome = {
      victim = "The shop is told the case is closed. Whether anything more reaches Kerry depended on one question at the door.",
      accused = "Chloe has a caution on record, dealt with quickly, but she was never asked to face who she affected.",
      community = "Proportionate and fast, and little to connect a young person with the people she harmed.",
    },
    debrief = [[An ordinary caution is lawful, proportionate and quick, and that is worth something. But the restorative caution was designed to improve on exactly this: the same outcome in law, plus a meeting where the young person faces the harm and the victim is heard. The Thames Valley evaluation found reoffending risk appeared lower after restorative cautions than after old-style ones, though it was not a randomised trial.]],
  },
}
