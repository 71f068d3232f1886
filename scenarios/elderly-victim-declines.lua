-- Arthur's Watch: an 80-year-old burglary victim will not meet the 16-year-old responsible.
-- Set today, in the Thames Valley force area, with today's youth out-of-court disposals.
-- Premise 11 of the research notes (B.7): Thames Valley relayed views; UN Basic Principles
-- paras 7 (free consent), 10 (safety), 11 (unsuitable cases decided without delay), 14.

-- Where a closed case ends: the first thing that went wrong, else the route and her voice.
local function route(v)
  if v.contact == "door" or v.contact == "post" then return "unwanted-contact" end
  if v.disclosed then return "confidence-broken" end
  if v.described == "forgive" then return "resentment" end
  if v.flag == "ignored" then return "fear-returns" end
  if v.disposal == "court" then return "court-route" end
  if v.views == "relayed" then return "heard-unseen" end
  return "without-her-words"
end

local ROUTES = { "heard-unseen", "without-her-words", "court-route", "fear-returns", "resentment",
                 "confidence-broken", "unwanted-contact" }
local YCC_ROUTES = { "heard-unseen", "without-her-words", "fear-returns", "resentment",
                     "confidence-broken", "unwanted-contact" }
local COURT_ROUTES = { "court-route", "fear-returns", "resentment", "confidence-broken", "unwanted-contact" }

-- One closing choice, offered once per ending it can lead to (exactly one is shown).
local function closing(c)
  local out = {}
  for _, to in ipairs(c.routes or ROUTES) do
    out[#out + 1] = choice {
      c[1], id = c.id .. (to == (c.routes or ROUTES)[1] and "" or "/" .. to), to = to,
      when = function(v) return (c.when == nil or c.when(v)) and route(v) == to end,
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

local function ycc(v) return v.disposal == "ycc" end
local function court(v) return v.disposal == "court" end

return scenario {
  id = "elderly-victim-declines",
  version = 2,
  title = "Arthur's Watch",
  role = "officer",
  summary = [[Josh, 16, has admitted burgling the bungalow of Edith Wren, 80, who lives alone. She will not meet him. As the officer in the case, set today with today's youth out-of-court disposals, you look after her safety, carry her views only if she wants them carried, decide Josh's outcome with the youth justice service without delay, and see it through.]],
  minutes = 20,
  modelled_on = "Thames Valley Police practice of relaying absent victims' views (from its 1998-2001 restorative cautioning), with today's youth out-of-court disposals; UN Basic Principles on restorative justice (ECOSOC 2002/12), paras 7, 10, 11 and 14",
  speakers = { "Mrs Wren", "Linda", "Priya" },
  figures = {
    { text = "Over three years Thames Valley Police ran 12,065 restorative cautions in which the views of victims who did not attend were relayed, against 1,915 conferences with the victim present. Sessions that kept closest to restorative principles had the best outcomes.",
      source = "Hoyle, Young & Hill (2002), An evaluation of the implementation and effectiveness of an initiative in restorative cautioning (Joseph Rowntree Foundation); restorativejustice.org/rj-archive/an-evaluation-of-the-implementation-and-effectiveness-of-an-initiative-in-restorative-cautioning/" },
    { text = "A 2023 economic model of post-sentence restorative justice in England and Wales found that only 8% of referrals led to direct restorative justice and 19% to indirect restorative justice. It is a model, not a trial.",
      source = "Frontiers in Psychology (2023): frontiersin.org/articles/10.3389/fpsyg.2023.1162286/full" },
    { text = "In London randomised trials with 192 burglary and robbery victims, those assigned to a restorative conference had 49% fewer cases of clinical-level post-traumatic stress symptoms, measured about a month later. Only victims who had agreed to take part were randomised.",
      source = "Angel et al. (2014), Journal of Experimental Criminology: link.springer.com/article/10.1007/s11292-014-9200-0" },
  },
  vars = {
    pressed = false,       -- Mrs Wren was pressed to reconsider meeting Josh
    supported = "none",    -- "practical", "moved" (to Linda's), "reassured" or "none"
    views = "none",        -- "relayed" (her words, limits agreed), "full" (no limits), "summary", "vps", "withdrawn" or "none"
    disposal = "none",     -- "ycc", "court" or "open"
    waited = false,        -- the case was left open once already
    flag = "none",         -- the threat at her gate: "handled", "overreacted", "ignored" or "none"
    disclosed = false,     -- what she told you in confidence was passed on
    described = "neutral", -- how her refusal was put to Josh: "neutral" or "forgive"
    contact = "none",      -- Josh's letter: "linda", "held", "filtered", "post" or "door"
    closed = "none",       -- how the case was closed
  },
  start = "first-visit",

  scene "first-visit" {
    title = "Thursday, 11 am — a bungalow in Witney",
    text = [[Ten days ago, while Edith Wren was at her daughter's for Sunday lunch, someone forced her kitchen window and took £150 from a tin and her late husband's wristwatch. Fingerprints led to Josh Barker, 16. The watch was in his bedroom. Interviewed with his father and a solicitor, he admitted it. He has no record.

Mrs Wren is 80 and lives alone. Her daughter, Linda, is here for your visit. You tell her Josh has admitted it and that a restorative meeting is possible if she ever wants one.

Mrs Wren: No. I don't want to see him. I don't want him knowing any more about me than he already does.]],
    notes = [[Set today. A victim's "no" is a complete answer (UN Basic Principles 7): it needs no reasons and is not an opening position. Under the Victims' Code she is entitled to information about restorative justice and to be referred to support services [verify current Code wording]; neither depends on her saying yes.]],
    questions = {
      "Why might an officer who believes in restorative justice be tempted to push here?",
    },
    choice { "Tell her gently that meeting the person has helped other burglary victims sleep again, and ask her to think it over for a day or two",
      id = "think-it-over", to = "pressured",
      violation = "no_victim_consent",
      set = { pressed = true },
      score = { voluntary = -2, victim_voice = -1 },
      feedback = [[The research is real: burglary victims who chose a conference had fewer stress symptoms. But they chose it. Using it to turn her "no" into "think it over" is pressure, and consent under pressure is not free (UN Basic Principles 7, 13(c)).]],
    },
    choice { "Take her answer as final, tell her it changes nothing about how seriously the case is taken, and ask what would help her now",
      id = "accept-refusal", to = "support-fear",
      score = { voluntary = 2, victim_voice = 1, respect = 1 },
      feedback = [[Her refusal stands without reasons, and she hears that it will not weaken the case, a worry many victims carry. Asking what would help turns the visit to her needs.]],
    },
    choice { "Accept it for now, and tell her the restorative service will ring in a few weeks in case she feels differently",
      id = "ring-later", to = "support-fear",
      score = { voluntary = -1, least_intrusive = -1 },
      feedback = [[It sounds like leaving the door open, but it books another approach she did not ask for. A follow-up call about a question she has answered is pressure on a timer.]],
    },
  },

  scene "pressured" {
    title = "Linda steps in",
    text = [[Mrs Wren turns her wedding ring round and round.

Mrs Wren: Well. If you think it'd help. I don't want to be the one standing in the lad's way.

Linda: Mum, you don't have to do anything. You said no.

Mrs Wren: I know what I said.

She is looking at you, not at her daughter.]],
    notes = [[This is what pressure produces: a reluctant yes from duty and guilt. It can still be repaired. Treating it as consent leads to a meeting she did not want.]],
    questions = { "Is 'If you think it'd help' consent? What would real consent sound like?" },
    choice { "Tell her there's no rush: you'll leave her to think it through properly and ring on Monday for her answer",
      id = "ring-monday", to = "support-fear",
      score = { voluntary = -1, victim_voice = -1 },
      feedback = [[Gentler than booking it, but she has already answered, twice. A Monday call keeps the question alive and tells her the answer you want is still "yes".]],
    },
    choice { "Take the yes while she's willing, and ask the restorative service to set up a meeting for next week",
      id = "book-meeting", to = "forced-meeting",
      violation = "no_victim_consent",
      score = { voluntary = -3, safety = -2 },
      feedback = [[Her own words and her daughter's showed the consent was not free. Bringing a frightened 80-year-old face to face with the person who broke into her home against her wishes risks harming her again (UN Basic Principles 7, 10).]],
    },
    choice { "Stop, apologise, and tell her plainly that no is a full answer and will not count against anyone",
      id = "back-off", to = "support-fear",
      score = { voluntary = 2, respect = 1 },
      feedback = [[Naming the pressure and withdrawing it gives her decision back to her. It does not undo the push, but it stops it becoming a meeting she never wanted.]],
    },
  },

  scene "support-fear" {
    title = "What she is afraid of",
    text = [[Mrs Wren makes tea, though her hands aren't steady.

Mrs Wren: I've been sleeping in the chair in the front room. With the light on. He knows where I live. He knows there's no man in the house.

Linda: She's not been out on her own since. I keep saying she should come to us.

Josh is on bail not to contact her or go to her road. Nobody has offered her anything since her statement was taken.]],
    notes = [[Support and safety are owed whatever she decides about restorative justice. Fear of retaliation is common after burglary and is dealt with by action, not reassurance. Moving her out is safe, but it is her home and her decision.]],
    choice { "Reassure her that burglars very rarely come back to the same house, and that Josh knows full well the police are watching him",
      id = "reassure", to = "her-question",
      set = { supported = "reassured" },
      score = { safety = -1, victim_voice = -1, respect = -1 },
      feedback = [[Kind, and often true, but reassurance without action dismisses her fear, and you cannot promise it. Locks, information and a number to call deal with the risk she feels.]],
    },
    choice { "Go through his bail conditions, leave your direct number, and book a locks visit and Victim Support if she wants",
      id = "practical-support", to = "her-question",
      set = { supported = "practical" },
      score = { safety = 1, victim_voice = 2, respect = 1 },
      feedback = [[Practical safety, information and someone to call, offered whatever she decides about the case. It leaves her in a house she is frightened in, which is a real risk: you are trusting locks and a phone number.]],
    },
    choice { "Back Linda up: suggest she stays at Linda's until the case is settled, and ask for extra patrols past the empty bungalow",
      id = "move-to-linda", to = "her-question",
      set = { supported = "moved" },
      score = { safety = 2, victim_voice = -1 },
      feedback = [[She would be safe, and Linda would be glad. But it is her home, and the burglary has already taken enough from her; the police recommending she leave it tells her the fear is right.]],
    },
  },

  scene "her-question" {
    title = "A question at the door",
    text = [[As you leave, Mrs Wren follows you to the door.

Mrs Wren: Will he ever know? What it's done? I don't want to see him. But I'd like him to know it wasn't just money in a tin.

Linda stands behind her in the hall.]],
    notes = [[Now the victim is asking. Indirect routes (views passed on in her words, a letter, messages through a go-between) are put neutrally, with "nothing at all" as an equal choice and no deadline. A Victim Personal Statement is a real voice too, but it speaks to the decision-maker, not to Josh.]],
    choice { "Say she could make a Victim Personal Statement, which goes on the file for whoever decides what happens to him",
      id = "statement", to = "disposal",
      set = { views = "vps" },
      score = { victim_voice = 1, respect = 1 },
      feedback = [[A formal, familiar route, and her words will count in the decision. But she asked whether Josh will know, and a statement on file may never reach him in a form he has to face.]],
    },
    choice { "Say honestly that a letter rarely means as much as sitting down with him, and the offer of a meeting stands if she changes her mind",
      id = "only-meeting", to = "disposal",
      score = { voluntary = -2, victim_voice = -1 },
      feedback = [[Her question becomes another push towards the meeting she refused. She closes the door: "Then he won't." Indirect routes exist for people who want to be heard but not seen.]],
    },
    choice { "Tell her the ways he can know without seeing her: her words passed on, a letter, a go-between; or nothing. No need to decide today",
      id = "indirect-options", to = "her-views",
      score = { voluntary = 1, victim_voice = 2 },
      feedback = [[She asked, so you answered, neutrally and with "nothing" as a real option. Thames Valley relayed absent victims' views in over 12,000 cautions.]],
    },
  },

  scene "her-views" {
    title = "In her own words",
    text = [[Mrs Wren chooses to have her views passed on. She sits down again.

Mrs Wren: The money was for the gas. I'm not a rich old lady with a drawer of cash. The watch was Arthur's. He wore it fifty years, and I wind it every Sunday. I've not slept in my own bed since.

Mrs Wren: Don't tell him my road, or that I'm on my own, or about the chair. If he's got something to say, it goes to Linda first.]],
    notes = [[The officer who relays views speaks for someone who is not in the room. Her words are taken as she says them, read back, and the limits on what may be shared agreed; what she keeps back stays confidential (UN Basic Principles 14).]],
    choice { "Write down everything she says, chair and all, so that the youth justice worker can judge what Josh needs to hear",
      id = "write-everything", to = "disposal",
      set = { views = "full" },
      score = { victim_voice = 1, safety = -1 },
      feedback = [[Thorough, but she has just told you what may not be passed on, and your notes now leave that choice to someone she has never met.]],
    },
    choice { "Write her words down as she says them, read them back, and agree exactly what may and may not be passed on",
      id = "take-her-words", to = "disposal",
      set = { views = "relayed" },
      score = { victim_voice = 2, safety = 1, respect = 1 },
      feedback = [[Her words, checked with her, with limits she set. She stays in control of what Josh learns about her, which matters for her safety as well as her dignity.]],
    },
    choice { "Sum it up for the file: victim distressed, wants no contact, would like him to understand the impact",
      id = "one-line", to = "disposal",
      set = { views = "summary" },
      score = { victim_voice = -2 },
      feedback = [[Accurate and quick, and it loses everything that would make the harm real to a 16-year-old: the gas money, Arthur's watch, the chair.]],
    },
  },

  scene "disposal" {
    title = "Monday — the joint decision",
    text = function(v)
      local t = [[At the station you go through Josh's case with Priya Shah from the youth justice service. He admitted the burglary with his solicitor there; the watch is back; the £150 is spent; no record.]]
      if v.waited then
        t = t .. " It is a month since you last looked at it. Linda has asked twice that nobody rings her mother again."
      end
      return t .. [[


Priya: She won't meet him, and that's that. So: a youth conditional caution, with sessions with me and repaying the money, or a charge. Either way, let's not sit on it.

A home burglary is serious. It is also a first offence by a 16-year-old who owned up.]]
    end,
    notes = [[Today's options for a 16-year-old who admits an offence: community resolution, youth caution, youth conditional caution, or charge, decided with the youth justice service [verify local joint decision-making arrangements]. Burglary of a dwelling scores high on the gravity guidance, so an out-of-court disposal needs reasons [verify]. Charging keeps bail conditions in place until sentence; a conditional caution can carry a no-contact condition [verify]. UN Basic Principles 11: decide without delay, and still encourage responsibility. Her refusal is never a reason for a harsher outcome.]],
    questions = { "What can Josh still be asked to do without Mrs Wren taking part?" },
    choice { "Tell Priya the restorative route fell through when she said no, so it should go to court like any other home burglary",
      id = "refusal-to-court", to = { { 7, "handover" }, { 3, "red-flag" } },
      violation = "punished_after_agreement",
      set = { disposal = "court" },
      score = { least_intrusive = -2, due_process = -1 },
      feedback = [[Her refusal is her right, not something Josh did. Making it the reason for a harsher outcome punishes him for her choice and makes her the reason a boy went to court.]],
    },
    choice { "Charge him: a home burglary belongs in the youth court, and his bail conditions keep him off her road until sentence",
      id = "charge", to = { { 7, "handover" }, { 3, "red-flag" } },
      set = { disposal = "court" },
      score = { safety = 1, accountability = 1, repair = 1, least_intrusive = -1 },
      feedback = [[Defensible: the offence is serious, and bail protects her for longer. But for an admitted first offence it is the more intrusive route, it takes months, and the work on the harm comes last.]],
    },
    choice { "Hold it open a few weeks: if she comes round to meeting him, he could have the full restorative route",
      id = "hold-open", to = "limbo-check",
      when = function(v) return not v.waited end,
      set = { disposal = "open", waited = true },
      score = { least_intrusive = -3, voluntary = -2, victim_voice = -2, repair = -1, accountability = -1 },
      feedback = [[Patient-sounding, but the case now waits on her saying yes, which is pressure with no end date, and Josh waits with no way to put anything right (UN Basic Principles 11).]],
    },
    choice { "Offer a youth conditional caution, his solicitor there: sessions with Priya, the £150 repaid as he can, and no contact with her",
      id = "conditional-caution", to = { { 7, "handover" }, { 3, "red-flag" } },
      set = { disposal = "ycc" },
      score = { least_intrusive = 2, accountability = 1, repair = 2, due_process = 1 },
      feedback = [[Prompt and proportionate: Josh accepts the conditions with legal advice, and still faces the harm and repays the money without anything asked of Mrs Wren. The cost: his bail ends, and her protection now rests on a condition and on him keeping it.]],
    },
  },

  scene "limbo-check" {
    title = "Four weeks on",
    text = [[The file is still open. A colleague rang Mrs Wren last week to ask whether she had "had any more thoughts". Linda rang back: nobody is to call again, and nothing her mother said is to be passed on to anyone.

Josh's solicitor has written: his client has heard nothing for a month.]],
    notes = [[Delay helps nobody, and here it has cost the victim's trust: she has withdrawn her views. The trainee can still decide the case now, without them.]],
    choice { "Decide it now, with Priya, and write to Linda that nobody will ask her mother about a meeting again",
      id = "decide-now", to = "disposal",
      set = { views = "withdrawn" },
      feedback = [[A late recovery. The waiting stops and Mrs Wren is told so, but the month cannot be given back, and neither can her words: she has withdrawn them.]],
    },
    choice { "Give it one more month: she may feel differently once the weather turns and the shock has worn off a bit",
      id = "one-more-month", to = "limbo",
      score = { least_intrusive = -2, victim_voice = -1, repair = -1, accountability = -1 },
      feedback = [[Another month of waiting for a yes she has said she will not give. The case hangs over both of them.]],
    },
  },

  scene "red-flag" {
    title = "Wednesday evening — a call from Linda",
    text = function(v)
      local where = v.supported == "moved" and "She'd gone home for one night to fetch her things."
        or "She's packed a bag and she's at mine."
      return [[Linda rings you at home time.

Linda: Mum's in a state. Last night a lad on a bike stopped at her gate and shouted at the window: "Keep your mouth shut, grass." She didn't see his face. ]] .. where .. [[

Nobody knows who the boy was. ]] .. (v.disposal == "ycc" and "Josh's first session with Priya is on Friday."
        or "Josh is due in the youth court next month; Priya sees him on Friday for her report.")
    end,
    notes = [[A threat during the process is a red flag whether or not it can be linked to the young person (UN Basic Principles 10). Acting on it means recording and investigating it, protecting her and reviewing what reaches Josh. It does not mean assuming Josh sent the boy.]],
    choice { "Log it for the neighbourhood team, tell Linda it sounds like kids, and keep Friday's session as planned",
      id = "dismiss-threat", to = "handover",
      violation = "ignored_red_flag",
      set = { flag = "ignored" },
      score = { safety = -2, victim_voice = -1 },
      feedback = [[A threat to a victim who fears retaliation is a red flag, whoever made it. Logging it and carrying on leaves her unprotected and Friday's session unchanged.]],
    },
    choice { "Record it as a crime, ask for patrols and enquiries, tell Mrs Wren, and review what Josh is told",
      id = "act-on-threat", to = "handover",
      set = { flag = "handled" },
      score = { safety = 2, victim_voice = 1 },
      feedback = [[The threat is investigated without jumping to conclusions, she is protected and kept informed, and the work with Josh goes on with extra care over what he is told.]],
    },
    choice { "Call off the caution and charge Josh instead: whoever sent that boy, she needs to see the police acting now",
      id = "charge-after-threat", to = "handover",
      when = function(v) return v.disposal == "ycc" end,
      set = { flag = "overreacted", disposal = "court" },
      score = { safety = 1, due_process = -2, least_intrusive = -1 },
      feedback = [[It looks decisive, but nothing links Josh to the boy, and punishing him without evidence is unfair. It also does nothing about whoever did shout at her window.]],
    },
  },

  scene "handover" {
    title = "Thursday — briefing Priya",
    text = function(v)
      local have
      if v.views == "relayed" then
        have = "Your notebook holds Mrs Wren's words and her list of what must not be passed on."
      elseif v.views == "full" then
        have = "Your notebook holds everything Mrs Wren said, the chair and living alone included. You never agreed with her what could be shared."
      elseif v.views == "vps" then
        have = "Mrs Wren's Victim Personal Statement is on the file."
      elseif v.views == "summary" then
        have = "Your note reads: victim distressed, wants no contact, would like him to understand the impact."
      elseif v.views == "withdrawn" then
        have = "Mrs Wren has withdrawn her views: nothing she said is to be passed on."
      else
        have = "You have nothing from Mrs Wren beyond her refusal."
      end
      return have .. [[


Priya rings before she sees Josh on Friday.

Priya: He keeps asking whether she's coming. What do I tell him, and what can I use?]]
    end,
    notes = [[The youth justice worker runs the sessions; the officer passes on what the victim agreed. How her refusal is described matters: "she chose not to meet you, and that is her right" is true; "she wouldn't forgive you" is false and makes her the obstacle in his story. What she said in confidence is hers to share (UN Basic Principles 14).]],
    choice { "Send Priya her words as she agreed them, her list of what stays private, and that she chose not to meet",
      id = "exact-words", to = "letter",
      when = function(v) return v.views == "relayed" end,
      score = { victim_voice = 2, accountability = 1 },
      feedback = [[Her words reach Josh as she gave them, within her limits, and her refusal is put as the right it is. The gas money and Arthur's watch give a 16-year-old something real to face.]],
    },
    choice { "Send Priya your full notes, chair and all, so she has everything and can judge for herself what Josh should hear",
      id = "full-notes", to = "letter",
      when = function(v) return v.views == "relayed" or v.views == "full" end,
      violation = "statements_used",
      set = { disclosed = true },
      score = { safety = -2, due_process = -2 },
      feedback = [[Mrs Wren told you some of this in confidence and asked that it go no further. Passing it on without her consent breaks that (UN Basic Principles 14), and it hands the details that frighten her most to the service working with the boy who burgled her.]],
    },
    choice { "Ring Linda first to check with her mother what may be passed on, then send Priya only that, a day late",
      id = "check-first", to = "letter",
      when = function(v) return v.views == "full" end,
      set = { views = "relayed" },
      score = { victim_voice = 1, safety = 1, least_intrusive = -1 },
      feedback = [[The recovery: she sets the limits after all, and Josh's first session starts a day late, which costs him and Priya a little.]],
    },
    choice { "Tell Priya that Josh should know she wouldn't even meet him, so that he sees how badly he has hurt her",
      id = "wont-meet-him", to = "letter",
      set = { described = "forgive" },
      score = { victim_voice = -2, respect = -2, safety = -1 },
      feedback = [[Her choice not to meet is not a refusal to forgive, and put this way it makes her the obstacle in his story, a frightened woman he may now resent.]],
    },
    choice { "Give Priya your own picture of what the burglary has done to her, so that Josh has something concrete to face",
      id = "own-picture", to = "letter",
      when = function(v) return v.views ~= "relayed" and v.views ~= "full" end,
      score = { victim_voice = -2, respect = -1 },
      feedback = [[Well meant, but it is your account of her, not hers, passed on without her knowing. Josh will be answering a victim you imagined.]],
    },
    choice { "Tell Priya that Mrs Wren chose not to meet him, that it is her right, and that nothing more should be asked of her",
      id = "her-right", to = "letter",
      when = function(v) return v.views ~= "relayed" and v.views ~= "full" end,
      score = { respect = 1, accountability = 1 },
      feedback = [[Honest and without blame, and Priya can still ask Josh the restorative questions. Without her own words he has less to go on than he could have had.]],
    },
  },

  scene "letter" {
    title = "Josh's letter",
    text = [[Priya rings a week later.

Priya: He was quiet for a long time. He thought nobody lived there. He didn't know the watch was her husband's. He's written her a letter, forty minutes, crossing out and starting again. Where does it go?]],
    notes = [[An apology is a gift only if the person receiving it wants it. Mrs Wren set her own terms where she was asked; where she was not, the letter can be held and its existence mentioned once, without pressure.]],
    choice { "Send it to Linda, as Mrs Wren asked, and let Linda decide whether and when her mother sees it",
      id = "via-linda", to = "review",
      when = function(v) return v.views == "relayed" or v.views == "full" end,
      set = { contact = "linda" },
      score = { victim_voice = 2, voluntary = 1 },
      feedback = [[It follows her instructions exactly. She stays in control of whether his words reach her, and his apology is not wasted if she never reads it.]],
    },
    choice { "Read it first and send Linda a typed copy of the parts you think will help, leaving out anything clumsy",
      id = "filter-it", to = "review",
      when = function(v) return v.views == "relayed" or v.views == "full" end,
      set = { contact = "filtered" },
      score = { respect = -1, accountability = -1 },
      feedback = [[Protective, but the apology is no longer his, and she asked for his words, not yours. Clumsy and sincere often lands better than polished.]],
    },
    choice { "Keep it with Priya, and let Mrs Wren know once, through Linda, that a letter exists if she ever wants it",
      id = "hold-letter", to = "review",
      when = function(v) return v.views ~= "relayed" and v.views ~= "full" and v.views ~= "withdrawn" end,
      set = { contact = "held" },
      score = { victim_voice = 1, voluntary = 1 },
      feedback = [[She has not said what she wants, so the letter waits and she is told of it once, with no follow-up. It respects her refusal of contact while leaving a door she can open herself.]],
    },
    choice { "Keep it on file with Priya and say nothing to anyone: Linda asked that nobody contacts her mother again",
      id = "file-it", to = "review",
      when = function(v) return v.views == "withdrawn" end,
      set = { contact = "held" },
      score = { victim_voice = 1, voluntary = 1 },
      feedback = [[Her family asked for no more contact, and this honours it. The letter is there if she ever asks; nobody will ask her.]],
    },
    choice { "Post it to her: an apology can only help, and she can bin it if she doesn't want it",
      id = "post-it", to = "review",
      when = function(v) return v.views ~= "relayed" and v.views ~= "full" end,
      set = { contact = "post" },
      score = { voluntary = -2, victim_voice = -2, safety = -1 },
      feedback = [[She told you she wants no contact with him. A letter on her doormat in his handwriting is contact she did not agree to, however sincere.]],
    },
    choice { "Let Josh hand it in at her door with Priya beside him: a sorry face to face means more, and he won't go in",
      id = "doorstep", to = "review",
      violation = "no_victim_consent",
      set = { contact = "door" },
      score = { voluntary = -2, safety = -2 },
      feedback = [[This is the meeting she refused, brought to her own front door. Whatever his intentions, to her it is the burglar coming back.]],
    },
  },

  scene_with("review", {
    title = "Three months later",
    text = function(v)
      if v.disposal == "court" then
        return [[Josh pleaded guilty and the youth court made a referral order. The youth offender panel's contract includes victim-awareness work and repaying £150.

Linda rings: her mother has heard nothing since the court date and doesn't know what happened.]]
      end
      return [[Josh has done all six sessions with Priya. He has repaid £90 of the £150, then lost his Saturday job when the café closed. The last payment is due this month.

Priya: He's not dodging it. He's looking for work. What do you want to do?]]
    end,
    notes = [[Failing to complete the conditions of a conditional caution without reasonable excuse can lead to a prosecution for the original offence [verify: Crime and Disorder Act 1998 s.66E as amended]. Losing a job is a reasonable excuse to look at, not a breach to punish. After a court outcome the victim is entitled to be told the result [verify Victims' Code entitlement and who tells her].]],
  }, {
    choice { "Report it as a breach and ask for him to be charged with the burglary: conditions are conditions, and he knew them",
      id = "breach", to = "breach",
      when = ycc,
      violation = "punished_after_agreement",
      score = { least_intrusive = -2, respect = -1 },
      feedback = [[He has done the work and paid most of the money, and lost his job through no fault of his own. Prosecuting him for that punishes hardship, not defiance.]],
    },
  }, closing {
    "Ask Priya to agree a new rate for the last £60 once he finds work, and keep the caution open until it's paid",
    id = "new-rate", when = ycc, routes = YCC_ROUTES, set = { closed = "varied" },
    score = { repair = 1, respect = 1, least_intrusive = -1 },
    feedback = [[The repayment bends to what he can manage, and Mrs Wren still gets her gas money. It keeps the case open longer than a quick close would.]],
  }, closing {
    "Let the last £60 go: he has done the sessions, he's paid what he could, and closing now spares everyone",
    id = "let-it-go", when = ycc, routes = YCC_ROUTES, set = { closed = "written-off" },
    score = { least_intrusive = 1, victim_voice = -1 },
    feedback = [[The lightest touch, but you have settled her loss without asking her, and Josh learns that most of the way is all the way.]],
  }, closing {
    "Ring Linda, as her mother asked, with the outcome, and ask whether she wants to hear more",
    id = "tell-linda", when = court, routes = COURT_ROUTES, set = { closed = "told" },
    score = { victim_voice = 2, respect = 1 },
    feedback = [[She hears the outcome the way she chose, with the door left open for more only if she wants it.]],
  }, closing {
    "Leave it to the witness care unit: telling victims the outcome is their job, and they'll write to her",
    id = "leave-it", when = court, routes = COURT_ROUTES, set = { closed = "letter" },
    score = { victim_voice = -1 },
    feedback = [[True as far as it goes, but the letter may come weeks later and she asked for news through Linda. A phone call closes the loop she is waiting on.]],
  }, closing {
    "Call round to explain the referral order to Mrs Wren yourself: it's better coming in person than in a letter",
    id = "call-round", when = court, routes = COURT_ROUTES, set = { closed = "visited" },
    score = { respect = 1, voluntary = -1 },
    feedback = [[Warm, and she learns the outcome. But she asked that things go through Linda, and an unannounced police visit is one more knock at a door she fears.]],
  }),

  ending "heard-unseen" {
    title = "Heard without being seen",
    text = function(v)
      local t = [[Josh completes his conditional caution. Linda reads his letter first, then leaves it on the kitchen table. A week later her mother asks for it.

Linda: She read it twice. She said, "He didn't know about Arthur." She's back in her own bed.]]
      if v.flag == "handled" then
        t = t .. "\n\nThe boy on the bike was traced to another estate and spoken to. He had no link to Josh."
      end
      if v.closed == "written-off" then
        t = t .. "\n\nThe last £60 was never paid. Linda mentions it once: it was the gas money."
      end
      if v.supported ~= "practical" then
        t = t .. "\n\nNobody ever fitted the new locks."
      end
      if v.pressed then
        t = t .. "\n\nShe still remembers being asked to think it over. It took her a while to trust you again."
      end
      return t
    end,
    outcome = {
      victim = "She never had to see him. Her words reached him as she gave them, his apology reached her on her terms, and she has Arthur's watch back.",
      accused = "Josh has a conditional caution, no court record, and has faced the harm through her words.",
      community = "A serious offence dealt with in weeks, a refusal respected, and a 16-year-old held to account without being pushed further into the system.",
    },
    debrief = [[This is what respecting a refusal looks like. Her "no" was final, indirect options came only when she asked, her words were relayed within her limits, and the young person was still held to account. UN Basic Principles 7 and 11 work together: consent is the gate, and when it stays shut the case moves on promptly. In Thames Valley's scheme, and in the 2023 figures for England and Wales, indirect restorative work outnumbered face-to-face meetings.]],
  },

  ending "without-her-words" {
    title = "Accountability without her",
    text = function(v)
      local t = "Josh completes his conditional caution. His letter stays with the youth justice service"
        .. (v.views == "withdrawn" and "; nobody tells her it exists." or "; Linda passes on that it exists, and her mother says no, not now.")
        .. " Mrs Wren never learns what Josh understood, and Josh never hears from her what the burglary cost her."
      if v.supported == "practical" then
        t = t .. "\n\nThe new locks and a Victim Support volunteer mean she is sleeping in her own bed again."
      else
        t = t .. "\n\nShe is still sleeping in the chair."
      end
      return t
    end,
    outcome = {
      victim = "Her refusal was respected and she got her watch back, but her own account of the harm never reached him.",
      accused = "Josh has a conditional caution and did the work, with a thin picture of the person he harmed.",
      community = "A prompt, proportionate outcome, with less done than could have been to connect the harm with the person who caused it.",
    },
    debrief = [[The process was fair: her refusal stood, the case was decided promptly and Josh was held to account. What was missing was her voice. She wanted him to know it "wasn't just money in a tin", and the chance to carry her words, on her terms, was lost along the way.]],
  },

  ending "court-route" {
    title = "The ordinary route",
    text = function(v)
      local t = [[Josh completes his referral order: victim-awareness sessions and the £150 repaid over six months. He has a youth court record for a first offence.]]
      if v.closed == "told" then
        t = t .. " Linda tells her mother the outcome over tea. \"Good,\" she says. \"That's done, then.\""
      elseif v.closed == "letter" then
        t = t .. " A standard letter reaches Mrs Wren five weeks later. She reads \"referral order\" and has to ring Linda to ask what it means."
      else
        t = t .. " Mrs Wren opens the door to you in her dressing gown, frightened by the knock, and hears the outcome on the step."
      end
      if v.flag == "overreacted" then
        t = t .. "\n\nThe boy on the bike was never found, and nothing ever linked him to Josh."
      end
      return t
    end,
    outcome = {
      victim = "Her refusal was respected; the case took months, and how she heard the end of it depended on one phone call.",
      accused = "Josh has a court record for a first offence and reached the work on the harm months later.",
      community = "The ordinary process, at more cost and delay than an out-of-court disposal would have needed.",
    },
    debrief = [[Returning the case to the ordinary process is what UN Basic Principles 11 requires when restorative justice is not possible, and charging a home burglary is defensible. The questions are whether it was the least intrusive response that met the need, and whether the reasons were sound. Her refusal is never a reason for a harsher outcome, and a threat nobody can link to Josh is not evidence against him.]],
  },

  ending "limbo" {
    title = "Waiting for a yes",
    text = [[The file stays open. Four months later Josh has done nothing to repay anyone, and his solicitor has complained about the delay. A new officer finally charges the case, and it takes another four months to reach court.

Linda has asked, in writing, that nobody from the police contacts her mother again.]],
    outcome = {
      victim = "Months of a question she had answered on the first day. The case hung over her.",
      accused = "Josh spent months in limbo with no chance to put anything right, and still ended up in court.",
      community = "Delay helped nobody and turned a restorative offer into a source of pressure.",
    },
    debrief = [[UN Basic Principles 11: where restorative justice is not possible, the case goes back and is decided without delay. Keeping it open "until the victim is ready" sounds patient; in practice it is pressure with no end date, and it denies the young person a timely chance to make amends.]],
  },

  ending "forced-meeting" {
    title = "A meeting she didn't want",
    text = [[The meeting goes ahead the following Thursday. Mrs Wren sits with her coat on and barely speaks. Josh mumbles an apology to the table. When he says he "didn't think anyone would be that bothered", she starts to cry, and Linda takes her home.

That night she sleeps in the chair again, with the light on. Linda writes to the chief constable.]],
    outcome = {
      victim = "Brought face to face with the person who burgled her, against her wishes, and left more frightened than before.",
      accused = "Josh met a victim who did not want to be there and learned little.",
      community = "A complaint, a distressed elderly victim, and a scheme local people now see as something done to victims.",
    },
    debrief = [[Consent that comes from pressure is not consent. "If you think it'd help" is not "yes". The research finding benefits for burglary victims comes from meetings victims chose; a meeting on pressured consent risks harming her again, the opposite of restorative justice (UN Basic Principles 7, 13(c)).]],
  },

  ending "fear-returns" {
    title = "She leaves her home",
    text = [[Josh's sessions go ahead as planned. Nobody looks into the boy on the bike.

Ten days later someone rattles Mrs Wren's letterbox after midnight. She rings 999, waits forty minutes, and moves into Linda's spare room the next morning. Her bungalow goes on the market in the spring.]],
    outcome = {
      victim = "A threat she reported was waved away, and she no longer feels safe in the home she lived in for decades.",
      accused = "Josh completes his caution, now suspected by everyone who hears the story, whether or not he had anything to do with it.",
      community = "Neighbours see an elderly woman driven from her home after the police were told.",
    },
    debrief = [[Safety is assessed throughout, not once at the start (UN Basic Principles 10). A threat against a victim who fears retaliation is a red flag, whoever made it. Acting on it does not mean assuming the young person sent the boy: it means recording it, investigating it, protecting her and reviewing what is shared.]],
  },

  ending "resentment" {
    title = "The blame passed to her",
    text = [[Josh hardly speaks for the rest of the session. In the car his father says what his son is thinking: "So she's decided he's scum. Why should he bother?"

Josh completes his sessions with the bare minimum. Months later Linda hears, from a neighbour's grandson, that Josh has been calling her mother "the old witch who wouldn't even see me".]],
    outcome = {
      victim = "A choice she made for her own peace was turned into a judgement on him, and she is now resented by the boy who burgled her.",
      accused = "Josh finishes with a grievance instead of an understanding.",
      community = "A restorative process made things worse between a young person and his victim.",
    },
    debrief = [[A victim's decision not to meet is not a refusal to forgive, and must never be presented as one. It makes her the obstacle in his story and can put a frightened person in the way of resentment. "She chose not to meet you, and that is her right" does him no harm and leaves room for accountability.]],
  },

  ending "confidence-broken" {
    title = "Her words passed on",
    text = [[Josh goes quiet in the session. Then, in the corridor, he tells his father that the old lady "sits up all night in the front room on her own". His father repeats it to a neighbour, and it reaches Linda within the week.

Mrs Wren withdraws from everything. Linda makes a complaint. The locks are changed a second time.]],
    outcome = {
      victim = "Details she gave in confidence, that she lives alone and where she sleeps, reached the boy who burgled her.",
      accused = "Josh knows things about his victim he should never have been told, and his caution is tied to a complaint.",
      community = "A confidentiality breach that put an elderly woman at greater risk. Other victims will hear of it.",
    },
    debrief = [[What a victim says in preparing a restorative process is confidential and not disclosed without her consent (UN Basic Principles 14). She set clear limits: not her road, not that she lives alone, not the chair. Passing everything on left the decision to someone she never met and handed Josh exactly what frightened her most.]],
  },

  ending "unwanted-contact" {
    title = "An apology she didn't ask for",
    text = function(v)
      if v.contact == "door" then
        return [[On Saturday morning Josh knocks on Mrs Wren's door with Priya behind him. She sees him through the glass and does not open it. He pushes the letter through and leaves.

She rings Linda in tears and goes to stay with her that afternoon.]]
      end
      return [[Josh's letter arrives on Mrs Wren's doormat on Tuesday. She recognises what it must be and does not open it. She rings Linda, who rings you.

Linda: She told you she wanted nothing to do with him. You knew that.]]
    end,
    outcome = {
      victim = "Contact she had refused reached her anyway. Her wishes counted for less than his need to apologise.",
      accused = "Josh's genuine effort was wasted, and she now links his apology with fear.",
      community = "A restorative step taken without consent makes the next victim less likely to say yes to anything.",
    },
    debrief = [[An apology is a gift only if the person receiving it wants it. Offering indirect options "only if the victim wants them" means she decides whether anything reaches her, and how: not the young person, and not the officer. A letter held, or passed to the person she named, respects that.]],
  },

  ending "breach" {
    title = "Charged for a lost job",
    notes = [[UN Basic Principles 15-17 on failing to complete an agreement are paraphrased [verify wording]. Whether losing a job is a reasonable excuse under the youth conditional caution rules is a judgement for the decision-maker [verify guidance].]],
    text = [[Josh is charged with the burglary. His solicitor sets out the six sessions, the £90 repaid and the café closing. The youth court gives him a referral order anyway, and he starts the victim-awareness work again from the beginning.

Linda hears about it from a neighbour. Her mother asks whether it was her fault.]],
    outcome = {
      victim = "She is drawn back into a case she thought was over and wonders whether she caused it.",
      accused = "Josh has a court record for a burglary he had owned up to and mostly repaid, because he lost his job.",
      community = "A young person who did the work learns that it counted for nothing.",
    },
    debrief = [[Failing to complete terms for hardship is not defiance. Prosecuting for it punishes the young person for circumstances, and teaches that keeping an agreement counts for nothing (UN Basic Principles 15-17). The answer to a shortfall is to ask why and change the plan.]],
  },
}
