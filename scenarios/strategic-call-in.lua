-- The Call-In: a prosecutor scenario about strategic prosecution and a focused-deterrence
-- call-in, as the National Network for Safe Communities describes them (seed 004; B.5
-- "Focused deterrence in strategic prosecution" and the call-in notes under B.4; premise 8
-- in B.7). A call-in is not a restorative conference: it is a face-to-face meeting that gives
-- a small, data-identified group a moral message from the community, a credible law-enforcement
-- message and a real offer of help, with deterrence before enforcement and, where enforcement is
-- needed, the least that will do. The city and every person in it are invented.

return scenario {
  id = "strategic-call-in",
  version = 1,
  title = "The Call-In",
  role = "prosecutor",
  summary = [[Eleven shootings in a summer, most of them traced to a feud between two small groups. You lead your district attorney's new violence reduction unit and plan its first call-in with police, community voices and service providers. Decide who is in the room, what they are told and what happens next, using deterrence before enforcement and no more enforcement than it takes.]],
  minutes = 20,
  modelled_on = "National Network for Safe Communities: strategic prosecution (seed 004) and Group Violence Intervention call-ins and custom notifications",
  speakers = { "Lt. Kowalski", "Dr. Haddad", "Mr. Brenner", "Andre Pitts", "Mrs. Pruitt", "Ms. Gaines", "Marcus", "Sgt. Ruiz", "Ms. Ortiz" },
  figures = {
    {
      text = "A 2018 systematic review of focused-deterrence strategies found a significant, moderate reduction in crime across 24 quasi-experimental evaluations, smaller in the more rigorous studies.",
      source = "Braga, Weisburd & Turchan, Focused Deterrence Strategies and Crime Control: An Updated Systematic Review (2018); ojp.gov/library/publications/focused-deterrence-strategies-and-crime-control-updated-systematic-review-and",
    },
    {
      text = "A later update of the review (50 controlled evaluations) reported crime down 23% overall and 16% across nine randomized trials, with the largest effects for programs aimed at gang and group gun violence. The authors note that these strategies are hard to implement well.",
      source = "Braga, Weisburd & Turchan, later update of the focused-deterrence review (year to be confirmed); booksci.cn/literature_d47902.htm",
    },
  },

  vars = {
    list = "focused",      -- "focused" | "narrow" | "wide": who was invited
    invite = "asked",      -- "asked" | "letter" | "supervised": how the ten without supervision were brought in
    gaines = "asked",      -- "asked" | "photo" | "left_out": Ms. Gaines's part in the call-in
    shamed = false,        -- attendees were named and shown on screen
    community = true,      -- the community spoke at the call-in
    threat = "specific",   -- "specific" | "empty" | "vague": the law-enforcement message
    help = "honest",       -- "honest" | "overpromised" | "none": the offer of help
    rooms = "split",       -- "split" | "joint" | "postponed": after the red flag
    deshawn = "notified",  -- "notified" | "arrested" | "questioned"
    marcus = "kept",       -- "kept" | "used" | "interview": what was said in the room
  },

  start = "the_list",

  ---------------------------------------------------------------------------
  -- Planning
  ---------------------------------------------------------------------------
  scene "the_list" {
    title = "June: who belongs in the room",
    text = [[You lead the district attorney's new violence reduction unit. Eleven shootings on the Northside since April, two of them fatal. Dr. Haddad, the university analyst who works with the unit, went through every incident with detectives: most trace to a feud between two loose groups, Hollis Street and the Forties. She counts 24 people actively involved, 9 of them tied directly to a shooting.

The plan is a call-in: one meeting where the community, law enforcement and service providers give these men the same message.

Lt. Kowalski: The gang database has 140 Northside names. Invite them all. Better too many than miss the next shooter.

Dr. Haddad: Half of those entries are teenagers flagged for their clothes and who they stand next to.]],
    notes = [[NNSC practice is to find the small number of people and groups driving the violence through an incident review, not to sweep in everyone a database names. Strategic prosecution asks the office to reduce the harm its own process does, which starts with who it reaches. Gang databases built on clothing and association are widely criticized; how this city's was built is invented here.]],
    questions = {
      "What does the incident review tell you that the database does not?",
      "What does it cost a 15-year-old to be called into a room like this?",
    },
    choice { "Invite only the 9 tied directly to a shooting: the smallest list the evidence supports",
      id = "nine-only", to = "attendance",
      set = { list = "narrow" },
      score = { least_intrusive = 3, safety = -1, due_process = 1 },
      feedback = [[The least intrusive list, and every name on it is solid. But the feud runs through the groups, not just the nine: the fifteen who carry guns for them and decide on retaliation never hear the message. You gained restraint and paid in safety.]],
    },
    choice { "Invite the 24 the incident review identified, and nobody flagged only by clothing or company",
      id = "review-24", to = "attendance",
      score = { least_intrusive = 2, safety = 2, due_process = 1 },
      feedback = [[The review names the people actually driving the violence, so the message reaches the groups without sweeping in teenagers the system would otherwise leave alone. It is a slightly longer list than the nine, and that is its cost: fifteen more people called in.]],
    },
    choice { "Invite all 140 the database lists, as the lieutenant says: a wide net is the safer side",
      id = "whole-database", to = "attendance",
      violation = "net_widening",
      set = { list = "wide" },
      score = { least_intrusive = -3, respect = -1, due_process = -1 },
      feedback = [[It feels safer, but most of those names are there for clothing and company. Calling them into a room with shooters brands them, reaches people the system would have left alone, and blurs the one message meant for the few driving the violence.]],
    },
  },

  scene "attendance" {
    title = "Getting them there",
    text = function(v)
      local who = "Of the 24, 14 are on probation or parole; their officers can make attendance a reporting requirement under existing conditions. The other 10 are under no supervision at all."
      if v.list == "narrow" then
        who = "Of the 9, 5 are on probation or parole; their officers can make attendance a reporting requirement under existing conditions. The other 4 are under no supervision at all."
      elseif v.list == "wide" then
        who = "Of the 140, about 30 are on probation or parole; their officers can make attendance a reporting requirement. The rest are under no supervision at all, many of them high-school students."
      end
      return who .. [[


Mr. Brenner, the chief deputy: Send the rest a letter on office letterhead. Come, or it gets noted in their file for any future charging decision.

Andre Pitts, an outreach worker who ran with Hollis Street until he was 25: Let us and their families ask them. Tell them the truth: nobody gets arrested at the meeting, and they can walk out.]]
    end,
    notes = [[In Group Violence Intervention practice, people on probation or parole can be required to attend through their supervision; others are invited through outreach workers and family [verify: supervision conditions and what they allow vary by jurisdiction]. A promise that no one is arrested at the call-in is common practice. A letter tying attendance to future charging is an unfair inducement.]],
    choice { "Send the letterhead letter: attendance will be noted and weighed in any future charging decision",
      id = "charging-letter", to = "gaines",
      violation = "coerced_accused",
      set = { invite = "letter" },
      score = { voluntary = -3, respect = -1, due_process = -1 },
      feedback = [[Everyone would come, and that is the trouble: for people under no supervision, tying attendance to future charging decisions is exactly the pressure the safeguard forbids. It also tells the room that the office's discretion is for sale.]],
    },
    choice { "Invite only those on supervision: nobody else is pressured, and the rest stays voluntary",
      id = "supervised-only", to = "gaines",
      set = { invite = "supervised" },
      score = { least_intrusive = 1, voluntary = 1, safety = -2 },
      feedback = [[Nobody is pushed, and the room is smaller. But the men without supervision are often the ones the others follow, and they never hear the message. Restraint here costs safety.]],
    },
    choice { "Probation and parole officers require it; outreach workers and families ask the rest",
      id = "outreach-invite", to = "gaines",
      score = { voluntary = 2, respect = 1, safety = 1 },
      feedback = [[Those under supervision attend under conditions they already have; the rest are asked by people they know, told plainly that nobody is arrested there and they may leave. Nobody is pressured by a threat about future charges.]],
    },
  },

  scene "gaines" {
    title = "Jalen's mother",
    text = [[Ms. Gaines's son Jalen, 17, was killed in May, the feud's first death. No one has been charged. Pastor Marsh thinks she might be willing to speak at the call-in.

Lt. Kowalski wants Jalen's school photo on the screen behind the speakers: "Nothing hits harder than that face."

The victim advocate who works with Ms. Gaines tells you nobody has asked her anything directly yet, and that her nephew is one of the men on your list.]],
    notes = [[Families of people killed often speak at call-ins, and their voice is at the heart of the community's moral message. It is also their loss, not the office's material. Whether and how she takes part is hers to decide, with full information, including about her nephew.]],
    choice { "Go with her advocate and ask her yourself whether, and how, she wants to take part",
      id = "ask-gaines", to = "community_voice",
      score = { victim_voice = 3, voluntary = 1, safety = -1 },
      feedback = [[Her loss, her choice: she hears what the call-in is, who will be there, including her nephew, and every way to take part or none. Asking her does put the meeting, and her family's tensions, in front of her: a protective silence would have spared her that.]],
    },
    choice { "Leave her out: with her nephew on the list, it is not fair or safe to put this in front of her",
      id = "spare-gaines", to = "community_voice",
      set = { gaines = "left_out" },
      score = { victim_voice = -1, safety = 1 },
      feedback = [[Kindly meant, and it keeps the family out of the middle. But it decides for her. She may want to speak, or to know what is being said in her son's name, and nobody asked.]],
    },
    choice { "Have the pastor mention Jalen and show the photo; she has enough to carry without a meeting",
      id = "photo-no-ask", to = "community_voice",
      set = { gaines = "photo" },
      score = { victim_voice = -3, voluntary = -2, respect = -2 },
      feedback = [[Her son's face on a screen in front of the groups involved in his death, without a word to her, uses her loss for the office's purposes. She may learn about it from her nephew.]],
    },
  },

  scene "community_voice" {
    title = "The run-through",
    text = [[Pastor Marsh has gathered the community speakers: two mothers from Northside Mothers for Peace, a barber, and Andre Pitts.

At the run-through, Mrs. Pruitt, who leads the mothers' group, has a plan.

Mrs. Pruitt: I read each name. He stands. His booking photo goes up. They need to feel what we feel.

Lt. Kowalski nods. Pitts shakes his head: half of them will walk out, he says, and the other half will never trust the next meeting. Mr. Brenner suggests cutting the community part altogether and keeping the evening to police and services.]],
    notes = [[NNSC describes the community's moral voice as central: people the men respect saying the violence must stop, and that they are wanted alive and home. Legitimacy depends on that message being delivered with respect. Naming and displaying attendees turns it into shaming.]],
    questions = {
      "What is the difference between telling someone what their violence did and shaming them?",
    },
    choice { "Let the mothers run their part as planned, names and photos included: it is their grief and their street",
      id = "names-and-photos", to = "message",
      violation = "degrading_terms",
      set = { shamed = true },
      score = { respect = -3, accountability = -1, victim_voice = -1 },
      feedback = [[The grief is real and so is their right to speak. But a parade of names and booking photos shames the men in the room rather than speaking to them, and people who are shamed stop listening.]],
    },
    choice { "Cut the community part: police and services only, to keep a tense room safe and under control",
      id = "cut-community", to = "message",
      set = { community = false },
      score = { safety = 1, accountability = -2, victim_voice = -2, respect = -1 },
      feedback = [[A quieter, more controlled evening. But without the community's voice, the men hear only the state, and the moral message that the violence must stop from people they respect is what the model rests on.]],
    },
    choice { "Keep the mothers, in their own words about the harm, but speaking to the men rather than naming them",
      id = "speak-to-them", to = "message",
      score = { accountability = 2, respect = 2, victim_voice = 1 },
      feedback = [[The community's moral voice stays, with its anger, and the men are spoken to as people who can stop. You asked grieving mothers to hold back on how they say it: that is a real cost to their voice, and Mrs. Pruitt may not thank you.]],
    },
  },

  scene "message" {
    title = "The law-enforcement message",
    text = [[Lt. Kowalski's draft: "Next shooting, the feds come in and every one of you does ten years." The U.S. Attorney's office has promised nothing of the kind.

What your office and the police can actually do after the next shooting: charge any shooting promptly on the evidence, give priority to the group's open cases, serve its outstanding warrants, and ask probation to act on violations that already exist.

Andre Pitts: They've heard "we're watching you" a hundred times. What they haven't heard is something true.]],
    notes = [[NNSC calls for a credible, specific message: what will happen to the group after the next killing, delivered in advance, and then done. Empty threats destroy credibility. A vaguer message is more comfortable, but leaves the men guessing and the promise unkept.]],
    questions = {
      "Why might a true, limited message deter more than a frightening false one?",
    },
    choice { "Soften it to a general warning that police are paying attention, and lead with respect and help",
      id = "vague-warning", to = "help",
      set = { threat = "vague" },
      score = { respect = 1, least_intrusive = 1, safety = -1, accountability = -1 },
      feedback = [[Gentler and more respectful in tone, and nobody is told what enforcement they face. But it gives them nothing true to weigh, and it leaves the group guessing about what the next shooting costs. Comfort in the room, at the price of deterrence.]],
    },
    choice { "Say exactly what will happen to the group after the next shooting, all of it lawful and in your power",
      id = "true-message", to = "help",
      score = { accountability = 2, safety = 2, due_process = 1, respect = -1 },
      feedback = [[A hard message, and hard to hear: consequences named to their faces cost some warmth in the room. But it is true, specific and deliverable, so it can deter, and you can keep it.]],
    },
    choice { "Keep the ten-year federal line: fear is the point, and nobody in the room can check it",
      id = "federal-bluff", to = "help",
      set = { threat = "empty" },
      score = { due_process = -2, respect = -2, accountability = -1, safety = -1 },
      feedback = [[A threat you cannot deliver works until the first time it is tested. After that, every message from your office is worth less, and the men in the room know it.]],
    },
  },

  scene "help" {
    title = "The offer of help",
    text = [[Ms. Ortiz, who runs the county workforce program, has six paid transitional jobs this quarter and can fast-track adult-education enrollment. There is relocation money for one or two families in acute danger. Outreach workers will give out their phone numbers.

Mr. Brenner wants the help segment to end with: "Anyone who wants a job tonight gets one."

Mr. Brenner: The room needs hope. We'll find the slots somewhere.]],
    notes = [[The offer of help must be real. Overpromising to a room of people who have been let down before damages the legitimacy the call-in depends on, and the outreach workers carry the cost.]],
    choice { "Tell them what exists: six jobs, a waitlist, classes, and outreach workers' numbers",
      id = "honest-offer", to = "red_flag",
      score = { repair = 2, respect = 1, voluntary = 1 },
      feedback = [[Modest, and true. The men who come forward get what was promised, the waitlist is honest, and the outreach workers do not have to explain away a broken promise next month.]],
    },
    choice { "Promise a job tonight to anyone who wants one: hope and support are what bring them in",
      id = "jobs-for-all", to = "red_flag",
      set = { help = "overpromised" },
      score = { voluntary = -1, respect = -1, repair = -1 },
      feedback = [[It will sound wonderful on the night. But there are six jobs, and the men who step forward to take the offer are the ones who will be let down, by the office that just asked them to trust it.]],
    },
    choice { "Leave jobs out: six slots for so many people would only set most of them up for a letdown",
      id = "no-offer", to = "red_flag",
      set = { help = "none" },
      score = { repair = -2, respect = -1, voluntary = -1 },
      feedback = [[Honest about the numbers, but the model's third message is a real offer of help, and six jobs, classes and outreach are real. Leaving them out turns the call-in into a warning alone.]],
    },
  },

  scene "red_flag" {
    title = "Saturday night",
    text = [[Four days before the call-in, Tre Ellison, 17, of the Forties, is shot in the leg outside a corner store. He will live.

Andre Pitts calls you on Sunday. A Forties member told him the call-in is "where we'll see them all". The plan is both groups in one room at the recreation center on Wednesday.

Lt. Kowalski: We double the officers at the door and go ahead. Postponing says we're scared.]],
    notes = [[A specific threat against people who will be in the same room is a red flag. NNSC sites often hold separate sessions for rival groups [verify for this model]. Splitting keeps the date and the message while removing the confrontation.]],
    choice { "Postpone the call-in a month until things cool down, and say nothing about why",
      id = "postpone", to = "deshawn",
      set = { rooms = "postponed" },
      score = { safety = -1, least_intrusive = 1, accountability = -1, victim_voice = -1 },
      feedback = [[Nobody meets in a tense room, but the feud does not pause for a month, and the speakers, Ms. Gaines among them, are left waiting without a reason.]],
    },
    choice { "Go ahead with one room: the threat is talk, officers will double at the door, and delay looks weak",
      id = "one-room", to = "deshawn",
      violation = "ignored_red_flag",
      set = { rooms = "joint" },
      score = { safety = -3, respect = -1 },
      feedback = [[A specific threat against people who will sit a few yards apart is exactly the red flag that calls for a change of plan. Officers at the door do not manage what happens in the parking lot afterwards.]],
    },
    choice { "Split it: Hollis Street on Wednesday, the Forties on Friday, same speakers, same message",
      id = "split-sessions", to = "deshawn",
      score = { safety = 3, accountability = 1, victim_voice = -1 },
      feedback = [[The message and the date hold, and the rivals never share a room. It asks the community speakers, Ms. Gaines too if she is speaking, to do it twice in one week: a real cost to them.]],
    },
  },

  scene "deshawn" {
    title = "The cousin",
    text = [[Tre's cousin, Deshawn Ellison, 19, is on no list. Since Saturday he has been posting a Hollis member's street name with a gun emoji. He has an open bench warrant for an unpaid traffic fine.

Sgt. Ruiz: We pick him up on the warrant Friday and he sits through the weekend. That's one less gun out there.

Andre Pitts: Or I go to his door with his grandmother and a detective he doesn't hate, and we tell him straight what happens if he does it, and what help there is if he doesn't.]],
    notes = [[A custom notification is a one-to-one visit, usually at home, that combines a personal risk assessment with an offer of help; NNSC uses them to head off retaliation. Using a traffic warrant to hold someone over a weekend is lawful but uses enforcement as a first resort.]],
    choice { "Have detectives bring him in to ask what he knows about Tre's shooting, and warn him off while he is there",
      id = "question-deshawn", to = "in_the_room",
      set = { deshawn = "questioned" },
      score = { accountability = 2, safety = -1, least_intrusive = -1 },
      feedback = [[A fair call: he may know who shot Tre, and asking could move that case forward. But a police interview makes Deshawn a witness under pressure, not someone warned and offered help, and he leaves angrier, with no one to call.]],
    },
    choice { "Send Pitts, his grandmother and the detective to his door with a risk assessment and an offer of help",
      id = "custom-notification", to = "in_the_room",
      score = { safety = 2, respect = 1, least_intrusive = 1, voluntary = 1 },
      feedback = [[Deterrence before enforcement: he hears, from people he knows, what retaliation would cost him and that there is a way out. The warrant is still there if it is needed. What it does not do is move Tre's case forward: a detective's questions might have.]],
    },
    choice { "Pick him up on the traffic warrant Friday: a weekend in a cell keeps everyone safe",
      id = "warrant-hold", to = "in_the_room",
      set = { deshawn = "arrested" },
      score = { safety = 1, least_intrusive = -3, respect = -2, due_process = -2 },
      feedback = [[It may keep him off the street for two nights, and it is lawful on paper. But it uses a fine warrant as a holding cell, teaches him nothing about the risk he is in, and he comes out on Monday angrier than he went in.]],
    },
  },

  ---------------------------------------------------------------------------
  -- The call-in
  ---------------------------------------------------------------------------
  scene "in_the_room" {
    title = "Wednesday night",
    text = function(v)
      local t
      if v.rooms == "joint" then
        t = [[Both groups sit on opposite sides of the recreation center. Two men square up during the break; officers separate them.]]
      elseif v.rooms == "postponed" then
        t = [[A month later, the call-in finally happens. There were two more shootings while you waited.]]
      else
        t = [[Eighteen men from Hollis Street sit in the recreation center. The Forties' session is on Friday.]]
      end
      if v.shamed then
        t = t .. " Three walk out when their booking photos go up."
      elseif not v.community then
        t = t .. " Without the community speakers, it is forty minutes of police and service slides."
      end
      if v.deshawn == "arrested" then
        t = t .. " Deshawn Ellison, out of jail since Monday, is posting again."
      elseif v.deshawn == "questioned" then
        t = t .. " Deshawn Ellison has stopped answering Andre Pitts's calls."
      end
      return t .. [[


Near the end, Marcus Webb, 22, stands up.

Marcus: Y'all want names? I know who hit Tre. And it's handled.

Afterwards, Sgt. Ruiz wants to put Marcus's words in an affidavit for a warrant to search his phone. Everyone in the room was told at the start that nothing said there would be used against them.]]
    end,
    notes = [[What is said at a call-in is said on the promise that it will not be used against the speaker. Breaking that promise ends the model's legitimacy with everyone who was there, and with the outreach workers who brought them. Whether such a statement would support a warrant is a separate legal question [verify].]],
    questions = {
      "What does 'it's handled' tell you, and who should act on it?",
    },
    choice { "Keep the promise: nothing said there is used. Pitts finds Marcus tonight about what \"handled\" means",
      id = "keep-promise", to = "gaines_call",
      score = { due_process = 2, safety = 1, respect = 1, accountability = -1 },
      feedback = [[The promise holds, so the room's trust holds, and the risk Marcus described is answered by the outreach worker, with a custom notification, tonight. The cost: a possible lead on Tre's shooting goes unpursued from these words.]],
    },
    choice { "Use it in the affidavit: he said it out loud in front of forty people, so it is no confession",
      id = "use-statement", to = "gaines_call",
      violation = "statements_used",
      set = { marcus = "used" },
      score = { due_process = -3, respect = -2 },
      feedback = [[Every man there was told nothing said would be used. Using it turns the call-in into an interrogation after the fact, and no one will speak, or come, next time.]],
    },
    choice { "Leave the words out of the affidavit, but have Sgt. Ruiz interview Marcus tomorrow, with counsel if he asks",
      id = "interview-marcus", to = "gaines_call",
      set = { marcus = "interview" },
      score = { accountability = 2, due_process = -1, respect = -1, safety = -1 },
      feedback = [[The words stay out of the paperwork, and Tre's shooting gets a lead worth following. But the men will see Marcus picked up the morning after he spoke: the promise is strained in practice, and he is now less likely to talk to Pitts.]],
    },
  },

  scene "gaines_call" {
    title = "A phone call",
    text = function(v)
      local t = [[A week after the call-in, Ms. Gaines calls you.]]
      if v.gaines == "photo" then
        t = t .. " Her nephew told her Jalen's picture was on the screen. Nobody had asked her."
      elseif v.gaines == "left_out" then
        t = t .. " She heard about the meeting from her nephew."
      end
      return t .. [[


Ms. Gaines: They talked about a fresh start. Does that mean whoever killed Jalen walks?

Jalen's homicide is open. Detectives have a suspect but not enough to charge; the lead detective asked that nothing about the suspect go outside the case team.]]
    end,
    notes = [[A call-in trades away no one's case. Victims' families can fear exactly that, and the seed's "Finding Common Cause" item notes that reform fails if it leaves victims out. Sharing details of an open homicide could damage the case and put people in danger.]],
    choice { "Tell her detectives have someone in mind and are close, so she can trust the call-in changed nothing",
      id = "hint-suspect", to = { { 3, "quiet_weeks" }, { 2, "new_shooting" } },
      score = { victim_voice = 1, due_process = -2, safety = -2 },
      feedback = [[It comforts her for a day. But it breaks the case team's confidence, and with her nephew in one of the groups, word of a suspect can travel fast and dangerously.]],
    },
    choice { "Refer her to the victim services line: open homicides cannot be discussed, and your unit's work is separate",
      id = "refer-line", to = { { 3, "quiet_weeks" }, { 2, "new_shooting" } },
      score = { victim_voice = -2, respect = -1 },
      feedback = [[Correct about the case, but she asked you, about your meeting, and a phone number is not an answer. She is left believing her son's case was traded away.]],
    },
    choice { "Tell her plainly: nothing was traded away, Jalen's case is open, and her advocate will update her monthly",
      id = "answer-gaines", to = { { 3, "quiet_weeks" }, { 2, "new_shooting" } },
      score = { victim_voice = 2, due_process = 1, respect = 1 },
      feedback = [[She gets the truth she can have: nothing was traded, the case is open, and someone will keep her informed on a schedule. Nothing leaks from the investigation.]],
    },
  },

  ---------------------------------------------------------------------------
  -- After
  ---------------------------------------------------------------------------
  scene "quiet_weeks" {
    title = "Eight weeks on",
    text = function(v)
      local t = [[No shootings by either group in eight weeks.]]
      if v.help == "overpromised" then
        t = t .. " Nineteen men asked for the jobs they were promised; six got them. Andre Pitts is fielding angry calls."
      elseif v.help == "none" then
        t = t .. " Two men asked Andre Pitts whether there was any work going. Nobody had told them there was."
      else
        t = t .. " Five men are in Ms. Ortiz's jobs, four more on the waitlist, and Andre Pitts sees three of them weekly."
      end
      return t .. [[


Mr. Brenner wants the unit's two prosecutors back on the trial calendar. Lt. Kowalski wants monthly "check-in" stops of everyone who attended, "while they're still scared".]]
    end,
    notes = [[Call-ins are not one-off events: NNSC sites follow up on the offer of help, return to the community and keep the enforcement promise ready. The office's own data and analysis should say whether the quiet holds.]],
    choice { "Move the unit's two prosecutors back to trials: eight quiet weeks is exactly the result you were asked for",
      id = "declare-victory", to = "moved-on",
      score = { repair = -2, safety = -2, accountability = -1 },
      feedback = [[The numbers look good, and the trial calendar is real pressure. But follow-up on the offer of help, the community and the data is what keeps a quiet summer from being a lull.]],
    },
    choice { "Keep it going: outreach follow-up, the waitlist, and a data review with the speakers at 90 days",
      id = "keep-structure", to = "holding",
      score = { repair = 2, accountability = 1, victim_voice = 1, least_intrusive = -1 },
      feedback = [[The help stays real, the community stays involved, and you will know from the data if it changes. It keeps your office in these men's lives a while longer, a cost the least intrusive response would avoid.]],
    },
    choice { "Approve monthly check-in stops of everyone who attended: it keeps the Northside safe while it works",
      id = "check-in-stops", to = "pressure",
      score = { least_intrusive = -3, respect = -2, safety = 1 },
      feedback = [[Stops with no new offense turn the call-in into a list of people to harass. It punishes those who came and did nothing since, and it spends the legitimacy that made the quiet possible.]],
    },
  },

  scene "new_shooting" {
    title = "Three weeks on",
    text = function(v)
      local t = [[Three weeks after the call-in, Darnell Fox, 20, of Hollis Street, fires at two Forties members outside a barbershop. Nobody is hit. A witness picks Darnell from a photo array, with some hesitation. The store camera's video is at the lab: 48 hours.]]
      if v.threat == "empty" then
        t = t .. " The Forties are asking when the federal agents arrive."
      elseif v.threat == "vague" then
        t = t .. " Nobody in either group knows what, if anything, comes next."
      end
      return t .. [[


Lt. Kowalski wants Darnell charged tonight.]]
    end,
    notes = [[Speed and due process pull apart here. A hesitant photo-array identification is open to challenge; the video may confirm or undo it. Holding off for 48 hours, with outreach and a custom notification to the groups meanwhile, keeps the promise without charging on a shaky identification.]],
    choice { "Wait 48 hours for the video, with outreach and custom notifications to both groups meanwhile",
      id = "wait-for-video", to = "enforcement",
      score = { due_process = 2, safety = -1 },
      feedback = [[The charge, when it comes, will stand on better evidence, and nobody is charged on a shaky identification. The cost is two days with a possible shooter on the street, covered, not removed, by outreach.]],
    },
    choice { "Charge Darnell tonight on the identification: every hour he is out risks another victim",
      id = "charge-tonight", to = "enforcement",
      score = { safety = 1, due_process = -1 },
      feedback = [[Defensible: the witness picked him, and the risk of a second shooting is real. But the identification was hesitant, and if the video shows someone else, you have charged the wrong man in the first test of your word.]],
    },
    choice { "Hold him on a probation violation tonight while you wait for the video, and sort the charge out later",
      id = "probation-hold", to = "enforcement",
      score = { due_process = -2, least_intrusive = -1, safety = 1 },
      feedback = [[It takes him off the street, but using a probation hold as a waiting room for a charge you cannot yet bring bends the process for speed.]],
    },
  },

  scene "enforcement" {
    title = "Keeping your word",
    text = [[The video confirms it was Darnell. He is charged with attempted murder.

Now the promise you made at the call-in is tested. Lt. Kowalski proposes a month of saturation patrols across the Northside: "Stops for everything, arrests for anything." Mr. Brenner would rather charge Darnell alone and leave the rest of Hollis Street out of it.

Andre Pitts: Whatever you do, they'll compare it with what you said that night.]],
    notes = [[NNSC: when enforcement is needed, apply the minimal level requisite and target the group responsible, as announced. A neighborhood sweep reaches people who did nothing; doing nothing beyond the shooter teaches the groups that the message was empty.]],
    choice { "Charge Darnell alone: nobody else fired, and punishing a group for one man is not right",
      id = "shooter-only", to = "shooter-only",
      score = { least_intrusive = 2, respect = 1, accountability = -2, safety = -2 },
      feedback = [[The least enforcement possible, and it treats each man as himself. But the groups were told what the next shooting would cost the group. If nothing follows, the next message is not believed, and the next shooter knows it.]],
    },
    choice { "A month of saturation patrols across the Northside, as the lieutenant says: show them you meant it",
      id = "northside-sweep", to = "sweep",
      violation = "net_widening",
      score = { least_intrusive = -3, respect = -2, accountability = -1 },
      feedback = [[It looks like resolve, but it falls on everyone who lives there, most of whom never went near the feud. Stops and arrests for anything reach people the system would have left alone, and the community you asked to speak stops believing you.]],
    },
    choice { "Do what you said: the group's open cases, warrants and existing violations, and nothing beyond that",
      id = "as-announced", to = "kept-word",
      score = { accountability = 2, safety = 2, least_intrusive = 1, respect = -1 },
      feedback = [[The promise made in the room, and only that: the group that chose violence meets the consequences it was warned of, and no one else does. It is still enforcement against men who did not fire, a real cost in how fair it feels to them.]],
    },
  },

  ---------------------------------------------------------------------------
  -- Endings
  ---------------------------------------------------------------------------
  ending "holding" {
    title = "Holding",
    text = function(v)
      local t = [[At 90 days you sit down with Dr. Haddad, Pastor Marsh and the speakers. Group-involved shootings are down; two nonfatal incidents, neither tied to Hollis Street or the Forties.]]
      if v.marcus == "used" then
        t = t .. " But the outreach workers no longer bring anyone to meetings with your office: Marcus's words ended up in an affidavit."
      elseif v.invite == "letter" or v.list == "wide" then
        t = t .. " The public defender's office has filed a complaint about who was called in, and how."
      else
        t = t .. " Andre Pitts asks whether the Forties' younger brothers can meet Ms. Ortiz."
      end
      return t
    end,
    outcome = {
      victim = "Families on the Northside have a quieter summer, and Ms. Gaines knows Jalen's case was never traded away.",
      accused = "The men called in heard a true message, were offered real help, and most took neither arrest nor a new charge.",
      community = "The community's voice shaped the call-in and is still at the table when the data is reviewed.",
    },
    debrief = [[Strategic prosecution asks the office to reduce violence and the harm its own process does. Here that meant a list built from the incident review, not a database; a community message spoken to the men, not about them; a law-enforcement message that was true; help that existed; and follow-up instead of a victory lap. If your path pressured attendance, overpromised or used what was said in the room, ask what the next call-in will cost.]],
  },

  ending "moved-on" {
    title = "The unit moves on",
    text = function(v)
      local t = [[The prosecutors go back to trials. Nobody works the waitlist; the outreach workers' calls to your office go unreturned.]]
      if v.help == "overpromised" then
        t = t .. " The thirteen men promised jobs that never came stop answering Andre Pitts."
      end
      return t .. [[


In October, a Forties member is shot. Dr. Haddad's review traces it to an old grievance the call-in had put on hold.]]
    end,
    outcome = {
      victim = "The next victim is shot in a feud everyone thought was over.",
      accused = "The men who took the offer of help find no one on the other end.",
      community = "The Northside learns that the office comes when the numbers are bad and leaves when they improve.",
    },
    debrief = [[A call-in is the start of a strategy, not the strategy. NNSC sites follow up on the offer of help, keep the community involved and watch the data. A quiet eight weeks is a chance to make the change stick, and dropping it wastes the trust the call-in built.]],
  },

  ending "pressure" {
    title = "Check-in stops",
    text = function(v)
      local t = [[Patrol stops the men from the call-in every month. Most have done nothing since; two are arrested on small-amount possession charges found in the stops.]]
      if v.list == "wide" then
        t = t .. " Because the list was the whole database, a third of those stopped are high-school students."
      end
      return t .. [[


Andre Pitts tells you that the next time he asks someone to come to a meeting, the answer will be no.]]
    end,
    outcome = {
      victim = "Nothing for the families harmed; the stops answer no one's need.",
      accused = "Men who came when asked and stayed out of trouble are stopped because they came.",
      community = "The call-in becomes, in the neighborhood's memory, the night the police made their list.",
    },
    debrief = [[Deterrence before enforcement means enforcement is kept for those who choose violence after the warning. Stopping everyone who attended punishes the people who listened and turns a list of invitees into a list of targets. It spends the legitimacy the model depends on.]],
  },

  ending "kept-word" {
    title = "Word kept",
    text = function(v)
      local t = [[Darnell is charged on solid evidence. The group's open cases move to the front of the calendar; two outstanding warrants are served. Nobody else on the Northside notices a difference, which is the point.]]
      if v.threat == "empty" then
        t = t .. " But the federal agents never come, and the Forties say so to anyone who will listen."
      elseif v.threat == "vague" then
        t = t .. " The groups had not been told what would follow, so it reads less as a promise kept than as a crackdown."
      end
      return t .. [[


Two months later, Hollis Street and the Forties have gone quiet. Andre Pitts says it is the first time anyone can remember the office doing exactly what it said.]]
    end,
    outcome = {
      victim = "The two men shot at see the shooter charged, and the feud cools instead of escalating.",
      accused = "Darnell faces the charge his act supports; his group meets the consequences it was warned of, and no more.",
      community = "Residents uninvolved in the feud see no sweep, no stops and no new arrests.",
    },
    debrief = [[A credible message is one you keep, at the level you announced. Enforcing against the group that chose violence, through lawful steps already in your power, and against no one else, is deterrence that stays legitimate. Waiting two days for the video was part of it: the first test of your word should not rest on a shaky identification.]],
  },

  ending "sweep" {
    title = "The sweep",
    text = [[For a month the Northside sees patrol cars on every corner. There are 212 stops and 31 arrests, mostly for open-container, trespass and license offenses. Mrs. Pruitt's grandson is among them.

Pastor Marsh tells you the mothers' group will not stand up with the police again.]],
    outcome = {
      victim = "The men shot at see their shooter charged, and a neighborhood punished along with him.",
      accused = "Dozens of people who had nothing to do with the feud are stopped, searched or arrested.",
      community = "The community voice that made the call-in work is lost for years.",
    },
    debrief = [[NNSC's strategic prosecutor applies "the minimal level requisite" of enforcement, aimed at the group responsible. A sweep does the reverse: it widens the net to everyone nearby and spends the community's trust, the most valuable thing a call-in builds.]],
  },

  ending "shooter-only" {
    title = "A message not kept",
    text = function(v)
      local t = [[Darnell is charged. Nothing else changes.]]
      if v.threat == "empty" then
        t = t .. " No federal agents come either, as the Forties had been told they would."
      end
      return t .. [[


Six weeks later, a Forties member is shot. In the review, Dr. Haddad hears the same thing from three informants: after the barbershop, nobody believed the call-in had meant anything.]]
    end,
    outcome = {
      victim = "Another young man is shot in the same feud.",
      accused = "Darnell is charged; the rest of his group learns that the warning was words.",
      community = "The community, which spoke at the call-in, sees the promise made in its name come to nothing.",
    },
    debrief = [[Least intrusive does not mean less than you said. The call-in told the groups what the next shooting would bring; keeping that promise, at the minimal level and against the group responsible, is what makes deterrence work without arrests. Declining to act after announcing it trades one night's fairness for the next shooting.]],
  },
}
