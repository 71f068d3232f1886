-- The Alley Hoop: three 13-year-olds damage a neighbor's car during a street feud.
-- Premise 9 of the research notes (shared/reference/restorative-practice.md, B.7), modelled on
-- the Baltimore Community Conferencing Center (B.5): a quick referral instead of a court
-- petition, everyone affected in one circle, a written agreement everyone signs, and an
-- unfinished agreement going back to the referral source.

-- An agreement built on a flawed step: boys questioned with no parent, a boy pulled in who
-- did nothing, a victim pressed into coming, families threatened with court, a 13-year-old in
-- the circle with no parent, or a boy pushed to speak.
local function tainted(v)
  return v.corner_questioned or v.andre_in or v.greene == "pressed" or v.coerced
      or v.kevin_support == "cousin" or v.kevin_pressed
end

return scenario {
  id = "baltimore-car-damage",
  version = 1,
  title = "The Alley Hoop",
  role = "officer",
  summary = [[Three 13-year-olds kick in and smash a retired neighbor's car during a feud over a basketball hoop on their Baltimore block. As the officer in the case, and a volunteer facilitator trained by the Community Conferencing Center, you decide whether the case goes to a conference or to court, how the neighbors and families are brought into the circle, and how the conference and its written agreement are run.]],
  minutes = 25,
  modelled_on = "Baltimore Community Conferencing Center (quick referral from police, a circle of everyone affected, a written agreement everyone signs; an unfinished agreement returns the case to the referral source)",
  speakers = { "Mr. Greene", "Ms. Simmons", "Jaylen", "Tavon", "Kevin", "Ms. Brooks", "Mr. Mitchell",
    "Ms. Ortiz", "Luis", "Denise", "Sgt. Hayes", "Coach Wallace" },
  figures = {
    { text = "The Community Conferencing Center reports that 98% of its conferences reach a written agreement and that more than 95% of those agreements are kept (program-reported).",
      source = "Community Conferencing Center, 'For law enforcement' (communityconferencing.org/index.php/programs/for_law_enforcement/); see also Baltimore Sun, 13 November 2005 (baltimoresun.com/news/bs-xpm-2005-11-13-0511110021-story.html)" },
    { text = "The Center cites a Maryland juvenile justice study that found re-offending 60% lower among young people whose cases went to a conference (program-reported: the Center's summary of the study, not an independent trial).",
      source = "Community Conferencing Center (communityconferencing.org/index.php/programs/for_law_enforcement/); see also Baltimore Sun, 13 November 2005" },
    { text = "In 2005 a conference cost about $800 (program-reported).",
      source = "Baltimore Sun, 13 November 2005 (baltimoresun.com/news/bs-xpm-2005-11-13-0511110021-story.html); Community Conferencing Center" },
  },
  vars = {
    corner_questioned = false, -- the boys were questioned on the corner with no parent
    booked = false,            -- the boys were taken to juvenile booking
    andre_in = false,          -- Andre, who was not there, was pulled into the referral
    greene = "unasked",        -- "asked" (free choice), "nudged" (talked round by a neighbor), "pressed"
    prepared = false,          -- the families were visited and prepared
    coerced = false,           -- families were told "come or it's court"
    kevin_support = "mother",  -- "mother", or "cousin" (no parent or guardian there)
    postponed = false,         -- the circle was moved so Kevin's mother could come
    shamed = false,            -- the facilitator took sides or joined in shaming
    kevin_pressed = false,     -- Kevin was pushed to speak
    kevin_spoke = false,       -- Kevin found his own words
    greene_heard = false,      -- the Greenes were asked freely and said what they wanted
  },
  start = "corner",

  scene "corner" {
    title = "A Saturday in April, 6:40 pm — Elmora Avenue",
    text = [[A call for destruction of property brings you to the 3400 block of Elmora Avenue in Northeast Baltimore. Harold Greene, 67, a retired bus operator, stands by his silver Honda. The passenger mirror hangs by a wire, the rear door is kicked in, and a chunk of brick sits on a cracked windshield.

Mr. Greene: That car is how I get my wife to dialysis. Three days a week.

His neighbor, Beverly Simmons, shows you her doorbell camera: three boys from the block, kicking and throwing, fifteen minutes ago. She names them: Jaylen Brooks, Tavon Mitchell and Kevin Ortiz, all 13. The block has been feuding for weeks, since Mr. Greene called the city about the boys' basketball hoop in the alley and the city took it down.

You find the three on the steps at the end of the block. Jaylen stands up.

Jaylen: We ain't did nothing.

Kevin looks at the ground.]],
    notes = [[The footage already proves what happened; nothing a frightened 13-year-old says on a corner adds to it. Questioning minors about an offense belongs with a parent present. Since October 2022 Maryland's Child Interrogation Protection Act has also required that a child in custody consult a lawyer before police questioning and that a parent be told (check current law before relying on the detail).]],
    questions = {
      "What do you already know, and what would an answer on the corner add?",
      "What does the way these boys are treated tonight do to the chance of a conference next week?",
    },
    choice { "Line the three of them up and ask who threw the brick, before they get their story straight",
      to = "referral",
      id = "question-on-corner",
      violation = "minor_without_guardian",
      set = { corner_questioned = true },
      score = { due_process = -3, respect = -1 },
      feedback = [[This questions three 13-year-olds about an offense with no parent there, which breaks the safeguard for minors (UN Basic Principles 13(a)). Whatever they blurt out in front of each other is neither fair nor reliable, and you do not need it: the camera shows who did what. It also starts the case with three families who feel ambushed.]],
    },
    choice { "Get a copy of the footage, walk each boy home to a parent, and tell the boys and their parents what happens next; ask them nothing about the car until a parent is with them",
      to = "referral",
      id = "home-to-parents",
      score = { due_process = 2, respect = 1, safety = 1 },
      feedback = [[Good start. The evidence is secured, and each boy goes home to an adult who can support him. A parent is a safeguard for a minor (UN Basic Principles 13(a)), and telling families plainly what happens next calms things on a block that is already angry. Nothing is lost: the footage proves the damage.]],
    },
    choice { "Put all three in the car and take them to juvenile booking for malicious destruction of property",
      to = "referral",
      id = "book-them",
      set = { booked = true },
      score = { least_intrusive = -3, respect = -1 },
      feedback = [[This is the most intrusive step available for a property offense by three 13-year-olds with known addresses and parents a few doors away. Least-intrusive practice uses the mildest response that still meets safety and repair. Nobody is in danger tonight, and a night at booking makes every family on the block less willing to sit down later.]],
    },
  },

  scene "referral" {
    title = "Monday, 9:30 am — Northeast District",
    text = function(v)
      local t = ""
      if v.booked then
        t = "The boys spent four hours at juvenile booking on Saturday night before their parents collected them.\n\n"
      elseif v.corner_questioned then
        t = "Tonya Brooks, Jaylen's mother, has called the district to complain that her son was questioned on the corner with no parent there.\n\n"
      end
      return t .. [[The body shop estimate is $1,140: $260 for the mirror, $560 for the door, $320 for the windshield. Mr. Greene has liability-only insurance, so all of it is on him. This morning he paid for a cab to get his wife, Loretta, to dialysis.

He calls you first thing.

Mr. Greene: And Andre Brooks, Jaylen's big brother. He's fifteen and he's behind all of it. He started that business with the hoop.

The footage shows three boys, and Andre's football coach says Andre was at practice across town at the time.

Sgt. Hayes: Your call. A complaint to Juvenile Services, or the Conferencing Center. They take property damage and neighborhood beefs, and they move fast.]]
    end,
    notes = [[The Baltimore Community Conferencing Center takes referrals from police, among others, for misdemeanors including property destruction and neighborhood conflict, and meets soon after the incident. A referral is only fair for people against whom there is evidence: the same case that would otherwise be charged, not a wider net.]],
    questions = {
      "What does each route give Mr. Greene, and how soon?",
      "How do you say no to a victim about Andre without dismissing what he is telling you about the block?",
    },
    choice { "File a complaint with the Department of Juvenile Services on all three, so a court can order restitution",
      to = "court-petition",
      id = "to-juvenile-services",
      score = { least_intrusive = -2, repair = -1, victim_voice = -1 },
      feedback = [[Lawful, but slow and heavy. A court case takes months, Mr. Greene becomes a witness rather than a participant, and any restitution order comes long after he needed the car. For a first property offense by three 13-year-olds, a conference is the least intrusive response that can still repair the harm.]],
    },
    choice { "Refer all three boys and Andre to the Center: Mr. Greene is sure about Andre, and a conference can't hurt him",
      to = "greene",
      id = "refer-with-andre",
      violation = "net_widening",
      set = { andre_in = true },
      score = { least_intrusive = -3, due_process = -2, respect = -1 },
      feedback = [[This is net-widening. There is no evidence that Andre did anything: the footage shows three boys and his coach puts him across town. A restorative process is only for cases with enough evidence to charge (UN Basic Principles 7). "It can't hurt him" is wrong: he is being treated as responsible for something he did not do, in front of his neighbors.]],
    },
    choice { "Refer the three boys to the Community Conferencing Center today, and tell Mr. Greene plainly what the footage shows about Andre and why he is not part of it",
      to = "greene",
      id = "refer-three",
      score = { least_intrusive = 2, repair = 1, due_process = 1, respect = 1 },
      feedback = [[Right call. A quick referral keeps the case out of court and gets everyone round a table while it still matters. Taking only the boys the evidence points to keeps the process fair, and telling Mr. Greene why respects him even though you are not doing what he asked.]],
    },
  },

  scene "greene" {
    title = "Wednesday, 4:00 pm — the Greenes' front room",
    text = function(v)
      local t = [[Denise Harper, a facilitator from the Community Conferencing Center, comes with you to see the Greenes. Loretta Greene sits by the window, tired after her morning at dialysis. Mr. Greene has the estimate on his knee.

Denise explains the idea: everyone affected (the boys, their parents, the Greenes, any neighbors they want) in one circle, usually about a dozen people, talking about what happened and writing an agreement together.

Mr. Greene: Sit in a room with them? I don't know. I'm not trying to be anybody's counselor.

Beverly Simmons has let herself in behind you.

Ms. Simmons: Harold, you're going, and I'm coming with you. Those boys need to hear it.]]
      if v.andre_in then
        t = t .. "\n\nThe Center has also written to the Brooks household inviting Andre."
      end
      return t
    end,
    notes = [[Consent is the gate (UN Basic Principles 7). The victim decides whether to take part and with whom. Pressure can come from the police ("it's booked"), or from a well-meaning neighbor the police let do the persuading. Mrs. Greene was harmed too, and her view counts.]],
    questions = {
      "Mr. Greene is hesitant, not refusing. What does he need to know to decide?",
      "Is Ms. Simmons a supporter, a victim in her own right, or a source of pressure? Can she be all three?",
    },
    choice { "Tell him, and Mrs. Greene, that it's their choice: who would be there, what they could ask for, that they can bring Ms. Simmons or anyone else and change their minds at any time, and that if they say no the case comes back to you to decide",
      to = "families",
      id = "free-choice",
      set = { greene = "asked", greene_heard = true },
      score = { voluntary = 2, victim_voice = 2 },
      feedback = [[This gives the Greenes a real, informed choice (UN Basic Principles 7 and 13(b)). Knowing that saying no simply sends the case back to you means they are not carrying the boys' future on their shoulders. Mr. Greene says he will come, with Loretta and Ms. Simmons, and that he wants to hear from the boys first.]],
    },
    choice { "Tell him the referral is made and a date is set, and the boys get off with nothing if he doesn't show",
      to = "families",
      id = "press-greene",
      violation = "no_victim_consent",
      set = { greene = "pressed" },
      score = { voluntary = -3, victim_voice = -2 },
      feedback = [[This convenes a conference without the victim's free consent. "They get off with nothing" is pressure, and it is also untrue: if he says no, the case comes back to you. A victim who comes because he was told to is unlikely to say what he needs (UN Basic Principles 7 and 13(c)).]],
    },
    choice { "Leave it to Ms. Simmons to talk him round; she knows him better than you do",
      to = "families",
      id = "let-simmons-persuade",
      set = { greene = "nudged" },
      score = { voluntary = -2, victim_voice = -1 },
      feedback = [[Ms. Simmons means well, but a neighbor's push is not the same as an informed choice, and nobody has told Mr. Greene what the conference involves or that he can say no. Nobody asked Loretta at all. He agrees, mostly to end the conversation.]],
    },
  },

  scene "families" {
    title = "Thursday and Friday — three kitchens",
    text = function(v)
      local t = [[All three boys have told their parents what they did.

Tonya Brooks works in a school cafeteria and is angry with everyone: with Jaylen, with Mr. Greene for the hoop, with the police. Curtis Mitchell does body work at a shop on Harford Road; he has told Tavon he is "going to tear him up". Rosa Ortiz is a nursing assistant on nights at a hospital across town. She can come if she isn't called in.

Kevin has not said a word about Saturday to anyone, not even his mother.

The conference is set for Tuesday at 6:30 pm in the community room of a church on Belair Road.]]
      if v.andre_in then
        t = t .. [[


Ms. Brooks: And why is Andre in this? He was at practice. His coach told you.]]
      end
      return t
    end,
    notes = [[Preparation is where the young people confirm they accept what they did, families learn how the circle runs and what it can lead to, and ground rules are agreed. It is also where a furious parent gets heard before the night, not during it. Taking part must stay voluntary for the boys: no threats.]],
    questions = {
      "What could go wrong on Tuesday if Mr. Mitchell arrives unprepared?",
      "What should the boys and their parents be told about what happens if they don't agree or don't finish?",
    },
    choice { "Mail each family the Center's letter with the date and time",
      to = { { 0.7, "opening" }, { 0.3, "ortiz-absent" } },
      id = "letters-only",
      score = { voluntary = -1, respect = -1, safety = -1 },
      feedback = [[A letter tells families when to come, not what the circle is, that taking part is a choice, or what happens if it doesn't work out. Nobody has checked that the boys accept what they did, and nobody has heard Mr. Mitchell before he walks in angry. Skipping preparation is not a safeguard breach, but it leaves the night to chance.]],
    },
    choice { "Visit each home with Denise: explain the circle, check each boy accepts what he did and wants to take part, tell them he can stop at any time and an unfinished agreement only sends the case back to you, ask who they want to bring, and agree ground rules with Mr. Mitchell",
      to = { { 0.7, "opening" }, { 0.3, "ortiz-absent" } },
      id = "prepare-families",
      set = { prepared = true },
      score = { voluntary = 2, respect = 1, safety = 1, accountability = 1 },
      feedback = [[This is the preparation a conference stands on. Each boy confirms his part and chooses to come, knowing the process and its consequences (UN Basic Principles 13(b)). Mr. Mitchell gets to say how ashamed and angry he is in his own kitchen, and agrees to talk about what Tavon did, not who he is. The boys ask for Coach Dale Wallace from the rec center to come with them.]],
    },
    choice { "Tell each family that if they don't come on Tuesday, the boys go to court",
      to = { { 0.7, "opening" }, { 0.3, "ortiz-absent" } },
      id = "come-or-court",
      violation = "coerced_accused",
      set = { coerced = true },
      score = { voluntary = -3, least_intrusive = -1 },
      feedback = [[Threatening court to get the boys into the circle is coercion (UN Basic Principles 13(c)). Their "yes" now means nothing, and whatever they say on Tuesday is said under threat. If a family says no, the case comes back to you to decide on its merits, not as a punishment for refusing.]],
    },
  },

  scene "ortiz-absent" {
    title = "Tuesday, 6:25 pm — the church community room",
    text = [[A circle of chairs stands ready. Coffee and a tray of sandwiches wait on a side table. The Greenes, Ms. Simmons, the Brookses, the Mitchells and Coach Dale Wallace from the rec center are taking off their coats.

Kevin has come with his cousin Luis, who is 19. Luis shows you a text from Kevin's mother:

"They called me in, two aides out sick. So sorry. Luis can sit with him?"

Luis: I got him. I'm family.

Kevin is staring at his shoes. Mr. Greene looks at his watch. Loretta looks tired.]],
    notes = [[A parent not coming is common and nobody's fault. The test is whether the trainee treats the parent as a formality or as a safeguard. A 19-year-old cousin is a kind supporter, not a parent or guardian. Moving the circle costs everyone an evening; going ahead costs Kevin his safeguard and can undo the agreement.]],
    questions = {
      "Everyone else made the effort. Does that make it fair to go ahead?",
      "How do you postpone without the Greenes feeling that their evening was wasted?",
    },
    choice { "Go ahead: Luis is family, he's an adult, and everyone else made the effort",
      to = "opening",
      id = "go-ahead-with-cousin",
      violation = "minor_without_guardian",
      set = { kevin_support = "cousin" },
      score = { due_process = -3, safety = -1 },
      feedback = [[This runs a 13-year-old's conference without a parent or guardian, which breaks the safeguard for minors (UN Basic Principles 13(a)). Luis is kind, but he cannot agree terms for Kevin or support him the way his mother can, and Kevin is the boy who has said nothing to anyone. An agreement he signs tonight is open to challenge.]],
    },
    choice { "Call it off for tonight: tell everyone the Center will be in touch with a new date",
      to = "opening",
      id = "call-it-off",
      set = { postponed = true },
      score = { due_process = 1, respect = -1, victim_voice = -1 },
      feedback = [[The right decision made the wrong way. Kevin keeps his safeguard, but the Greenes came out after a day at dialysis and are sent home with a sentence and no say in the new date. Postponing well means explaining why and asking the people harmed what works for them.]],
    },
    choice { "Explain to the room why Kevin needs his mother there, check a new night with the Greenes first, and move the circle to Thursday when Ms. Ortiz is off; invite everyone to stay for the food",
      to = "opening",
      id = "move-to-thursday",
      set = { postponed = true },
      score = { due_process = 2, respect = 1, victim_voice = 1 },
      feedback = [[Right. A minor's conference needs a parent or guardian beside him (UN Basic Principles 13(a)), and two days' delay costs little. Asking the Greenes first keeps their needs at the center, and staying for the food turns a lost evening into the first time the families have sat in the same room without shouting.]],
    },
  },

  scene "opening" {
    title = "The circle",
    text = function(v)
      local day = v.postponed and "Thursday" or "Tuesday"
      local kevin_adult
      if v.kevin_support == "cousin" then
        kevin_adult = "Kevin's cousin Luis"
      else
        kevin_adult = "Rosa Ortiz"
      end
      local t = day .. ", 6:30 pm. " .. (v.andre_in and "Thirteen" or "Twelve") ..
        " people sit in the circle in the church community room: the three boys; Ms. Brooks, Mr. Mitchell and " ..
        kevin_adult .. "; Harold and Loretta Greene; Beverly Simmons; " ..
        (v.prepared and "Coach Wallace, whom the boys asked for; " or "Coach Wallace from the rec center; ") ..
        "Denise, with her clipboard; and you, out of uniform."
      if v.andre_in then
        t = t .. " Andre sits beside his mother, arms folded."
      end
      t = t .. "\n\nDenise has asked you to lead tonight; she will take notes and write up the agreement."
      if v.greene == "pressed" then
        t = t .. "\n\nMr. Greene: Let's get this over with. I was told it was this or nothing."
      end
      if not v.prepared then
        t = t .. "\n\nMr. Mitchell sits with his jaw set. Nobody has told the families how this will run."
      end
      return t .. "\n\nTavon sits as far from his father as the circle allows. Kevin has his hood up.\n\nHow do you open?"
    end,
    notes = [[The opening does real work. It introduces everyone and how they are connected, says the circle is about what happened and who it affected rather than whether anyone is a good or bad person, confirms the young people have accepted their part, and tells them they may stop, with the case simply going back to the referral source. A police officer leading the circle has to work harder than anyone to be seen as fair.]],
    questions = {
      "What is different about opening a circle as a police officer rather than as a community volunteer?",
      "If a participant says he was told to come, what do you do before anything else?",
    },
    choice { "Before you begin, take Mr. Greene aside: tell him truthfully he is free to leave, and the Center can pass on his views instead",
      to = "role",
      id = "repair-consent",
      when = function(v) return v.greene == "pressed" end,
      set = { greene = "asked" },
      score = { voluntary = 2, victim_voice = 2 },
      feedback = [[Consent can be repaired, and this is how. Told honestly that it is his choice, Mr. Greene thinks about it and decides to stay, now because he wants to. Either party may withdraw at any time (UN Basic Principles 7). This does not undo the earlier pressure, but it stops the circle being built on it.]],
    },
    choice { "Open with what the law says about malicious destruction of property and what a juvenile court could do, so the boys take it seriously",
      to = "role",
      id = "open-with-law",
      score = { respect = -2, voluntary = -1, accountability = -1 },
      feedback = [[This makes the officer the prosecutor in the room. The boys hear a threat, not an invitation to take responsibility, and their families hear that the outcome is already decided. Young people who feel judged tend to shut down or get defensive, the opposite of what the circle needs.]],
    },
    choice { "Welcome everyone and go round with names and how each is connected. Say the circle is about what happened, who was affected and how to make it right, not who is good or bad. Confirm the boys accept their part. Say anyone can take a break; if the boys stop, the case just returns to the referral source",
      to = "role",
      id = "open-circle",
      score = { respect = 2, voluntary = 1, accountability = 1 },
      feedback = [[This is the opening doing its job. Separating what was done from who the boys are lets them take responsibility without defending themselves. Saying plainly that stopping only sends the case back keeps taking part voluntary, and the go-round tells everyone, including the boys, that they belong in this circle.]],
    },
    choice { "Skip the introductions; everybody on this block knows everybody",
      to = "role",
      id = "skip-introductions",
      score = { respect = -1, voluntary = -1 },
      feedback = [[It saves five minutes, but the neighbors know each other through a feud, not a circle. Nobody has been told what tonight is for, how it runs, or that the boys may stop. Drifting from the opening is a weakness rather than a breach, but the opening is what makes the circle feel fair.]],
    },
  },

  scene "role" {
    title = "Whose side",
    text = [[Before you can turn to the boys, Ms. Simmons leans forward.

Ms. Simmons: Officer, you saw that car. You tell these parents what kind of boys they're raising.

Ms. Brooks: See? That's what I said. The police already made up their mind. Why are we even here?

Everyone looks at you. Denise keeps writing.]],
    notes = [[Facilitators must be impartial and keep the exchange respectful (UN Basic Principles 18). An officer in the circle carries the badge whether or not they wear it, so both families will test which side they are on. Taking either side, against the boys or for them, costs the trust of the other half of the room.]],
    questions = {
      "Is reassuring Ms. Brooks that the boys are 'good kids' any more impartial than agreeing with Ms. Simmons?",
    },
    choice { "Give your honest view: these boys have been trouble on this block for weeks",
      to = "order",
      id = "take-simmons-side",
      violation = "degrading_terms",
      set = { shamed = true },
      score = { respect = -3, safety = -1 },
      feedback = [[The facilitator has taken a side and labelled three 13-year-olds in front of their neighbors. That is the non-impartial, shaming facilitation the safeguards rule out (UN Basic Principles 18). Ms. Brooks has her proof that the police decided in advance, and the boys have a reason to stop listening.]],
    },
    choice { "Reassure Ms. Brooks: you know these are good kids underneath, and nobody here thinks otherwise",
      to = "order",
      id = "take-brooks-side",
      score = { respect = -1, victim_voice = -1 },
      feedback = [[Kind, but it is still taking a side. Ms. Simmons and the Greenes hear that the officer is on the boys' team before anyone has said how the damage affected them. Impartiality means not judging the boys either way.]],
    },
    choice { "Explain your job tonight: to keep the circle fair for everyone, not to judge anybody. The facts are agreed; what matters now is how it affected people, and everyone will have a turn",
      to = "order",
      id = "keep-impartial",
      score = { respect = 2, safety = 1 },
      feedback = [[This answers both women without taking either side. It is honest about your role: you are there to guard the process, not to decide who is good or bad. Promising everyone a turn lowers the temperature, because nobody has to fight to be heard.]],
    },
  },

  scene "order" {
    title = "Who speaks first",
    text = function(v)
      local t
      if v.greene_heard then
        t = "When Denise first visited the Greenes, Mr. Greene told her he wanted to hear from the boys before he said anything."
      else
        t = "Denise's notes from the Greenes' front room are thin: nobody asked Mr. Greene how he wanted tonight to run."
      end
      return t .. [[ The Center's usual order is the young people first, then those harmed, then their supporters, then the young people's families.

Ms. Simmons is still leaning forward. Mr. Mitchell has his arms folded. Ms. Brooks is watching Jaylen.]]
    end,
    notes = [[Order matters. Starting with the young people puts their responsibility first and lets those harmed respond to what they actually say. Starting with the angriest voice, or letting parents explain their children, shifts the circle away from the boys' own accountability. Where the victim has asked for an order in preparation, that request should shape the night.]],
    choice { "Start with the boys, one at a time: what happened, what they were thinking, what they've thought about since, and who has been affected. Then the Greenes, then Ms. Simmons, then the families",
      to = "kevin",
      id = "boys-first",
      score = { accountability = 2, victim_voice = 1, respect = 1 },
      feedback = [[This follows the script and what Mr. Greene asked for. The boys speak for themselves, which is where accountability starts, and the Greenes can answer what they actually hear rather than what they imagine. The questions ask the boys to think, not to perform remorse.]],
    },
    choice { "Start with Ms. Simmons: she's the angriest, so let her get it out first",
      to = "kevin",
      id = "simmons-first",
      score = { victim_voice = -1, respect = -1, safety = -1 },
      feedback = [[Letting the loudest voice go first puts three 13-year-olds on the defensive before they have said a word, and it pushes the Greenes, whose car it was, to the side. Anger deserves its turn, but not to set the tone for everyone else.]],
    },
    choice { "Ask the parents to speak first and explain their sons, since the boys are only thirteen",
      to = "kevin",
      id = "parents-first",
      score = { accountability = -2, respect = -1 },
      feedback = [[It feels protective, but it takes the boys' words away from them. Thirteen is old enough to say what you did and who it affected, with a parent beside you. If parents explain first, the boys can simply agree, and nobody hears it from them.]],
    },
  },

  scene "kevin" {
    title = "Kevin",
    text = function(v)
      local support
      if v.kevin_support == "cousin" then
        support = "Luis nudges him. \"Just say it, man.\""
      else
        support = "Ms. Ortiz puts a hand on his back."
      end
      return [[Jaylen goes first.

Jaylen: Mr. Greene got our hoop took. We was mad. I kicked the door. I didn't think about his wife or nothing.

Tavon: I broke the mirror. I'm sorry.

Then it is Kevin's turn. On the footage, he is the one who throws the brick. He pulls his sleeves over his hands and says nothing. ]] .. support .. [[


The silence goes on. Mr. Greene shifts in his chair.]]
    end,
    notes = [[Silence from a 13-year-old is usually fear or shame, not defiance. Taking part must stay voluntary, including speaking (UN Basic Principles 13(c)). Pressure may get words out of him, but not responsibility. Most circles find that a boy allowed to pass, and asked again later in smaller steps, does speak.]],
    questions = {
      "What might Kevin's silence mean? How would you find out without forcing it?",
    },
    choice { "Tell Kevin the circle isn't moving on until he answers",
      to = "harm",
      id = "press-kevin",
      violation = "coerced_accused",
      set = { kevin_pressed = true },
      score = { voluntary = -3, respect = -1 },
      feedback = [[This pressures a frightened 13-year-old to speak in front of a dozen adults. Taking part, and what a young person says, must be free (UN Basic Principles 13(c)). He mumbles "I threw it" to make it stop, and nobody learns anything about what he thought or how he sees it now.]],
    },
    choice { "Tell Kevin he can pass for now and you'll come back to him. Later, ask him one small question at a time, and let him answer to the person beside him first if that's easier",
      to = "harm",
      id = "let-kevin-pass",
      set = { kevin_spoke = true },
      score = { voluntary = 2, accountability = 1, respect = 1 },
      feedback = [[Letting him pass keeps his taking part voluntary, and coming back with smaller questions gives him a way in. He speaks later, in his own words, and that is worth far more than an answer forced out of him now.]],
    },
    choice { "Answer for him: read out what the footage shows he did, and move on",
      to = "harm",
      id = "speak-for-kevin",
      score = { accountability = -2, respect = -1 },
      feedback = [[The facts are agreed, but hearing them read out by a police officer is not the same as Kevin owning them. This takes away his chance to take responsibility himself, and tells him the circle is something done to him.]],
    },
  },

  scene "harm" {
    title = "The Greenes and Ms. Simmons",
    text = [[Mr. Greene speaks slowly.

Mr. Greene: Last week the cab never came and Loretta missed dialysis, first time in four years. I've found ninety dollars for cabs I didn't have. Forty years I drove a bus in this city. I never thought I'd be nervous walking out to my own car.

Before anyone can answer, Ms. Simmons is on her feet.

Ms. Simmons: Since that hoop went up this block has had no peace. Balls off the cars, cussing on the steps, and now this. I want these boys off this block. And I want them standing on that corner with a sign saying what they did, so everybody knows.

Ms. Brooks starts to stand as well. Kevin has pulled his hood lower.]],
    notes = [[Ms. Simmons is angry about weeks of tension, and some of it is fair. The facilitator's job is to hear her without letting the circle turn into a trial of the boys' characters, and without losing the Greenes, whose loss is the most concrete. The questions for those harmed (what did you think, what has been hardest, what do you need) bring anger back to the harm.]],
    questions = {
      "What is Ms. Simmons really asking for when she asks for a sign on the corner?",
      "How do you keep an angry supporter in the circle without letting her take it over?",
    },
    choice { "Tell Ms. Simmons she's out of line and ask her to leave the circle",
      to = "father",
      id = "remove-simmons",
      score = { victim_voice = -2, respect = -1 },
      feedback = [[She was harmed by weeks of tension too, and she came as Mr. Greene's supporter. Sending her out silences a neighbor the conference is meant to bring in, and tells the block the circle only wants quiet voices.]],
    },
    choice { "Let her keep going: she has lived with this for weeks and she's earned it",
      to = "father",
      id = "let-simmons-go-on",
      score = { victim_voice = -1, safety = -1 },
      feedback = [[She is heard, and that matters. But a speech about the whole block drowns out the Greenes, whose loss is the concrete one, and three 13-year-olds are being talked at, not to. The facilitator must keep the exchange respectful both ways (UN Basic Principles 18).]],
    },
    choice { "Thank Mr. Greene, then ask Ms. Simmons the questions for those harmed: what she thought when she saw the footage, what has been hardest, and what she needs now. Keep her to the harm, not the boys' characters",
      to = "father",
      id = "questions-for-harmed",
      score = { victim_voice = 2, respect = 1, safety = 1 },
      feedback = [[This hears the anger and gives it a shape. Asked what has been hardest, Ms. Simmons says she has been afraid of the boys' friends since the hoop came down, and what she needs is to feel the block is hers again. Loretta adds that she misses the boys saying hello. That is something an agreement can answer.]],
    },
  },

  scene "father" {
    title = "Mr. Mitchell",
    text = function(v)
      local t = ""
      if v.kevin_spoke then
        t = "Kevin, who passed earlier, speaks for the first time.\n\nKevin: I threw the brick. I didn't know Miss Loretta needed the car.\n\n"
      end
      t = t .. [[When it is the families' turn, Curtis Mitchell stands up.

Mr. Mitchell: Look at me, Tavon. You embarrassed me in front of this whole block. You're a thug, just like your uncle, and you're going to end up just like him.

Tavon stares at the floor. Ms. Brooks looks away.]]
      if v.prepared then
        t = t .. "\n\nIn his kitchen last week, Mr. Mitchell agreed to talk about what Tavon did, not who he is. It has come out anyway."
      end
      if v.shamed then
        t = t .. "\n\nMs. Simmons nods along."
      end
      return t
    end,
    notes = [[A parent's shame is real pain: he feels judged by the whole block through his son. The script acknowledges the young person's family as people who have had a hard time too. The facilitator's task is to honor that and separate the act from the person, without either silencing the father or endorsing the label.]],
    questions = {
      "What is Mr. Mitchell feeling, underneath the words?",
      "What does the word 'thug' do to a 13-year-old in front of his neighbors?",
    },
    choice { "Acknowledge how hard this has been for him, then bring it back: \"We're here about what Tavon did, not who he is. Mr. Mitchell, what was it like for you when you heard?\"",
      to = "agreement",
      id = "separate-act-from-person",
      score = { respect = 2, safety = 1, accountability = 1 },
      feedback = [[This honors his pain and refuses the label. Asked what it was like, Mr. Mitchell says he got the call at work and felt every neighbor was looking at him. Tavon, hearing that, looks up for the first time. Separating the act from the person is what lets a young person take responsibility without defending who he is.]],
    },
    choice { "Let it go: he's the boy's father, and maybe Tavon needs to hear it",
      to = "agreement",
      id = "let-father-go",
      score = { respect = -1, safety = -1 },
      feedback = [[Staying out of family business feels respectful, but a 13-year-old has just been called a thug in front of his neighbors and the facilitator let it stand. The circle is supposed to be safe for everyone in it, including the boy who did wrong.]],
    },
    choice { "Back him up: tell Tavon his father is right, this is how it starts",
      to = "agreement",
      id = "back-the-father",
      violation = "degrading_terms",
      set = { shamed = true },
      score = { respect = -3, safety = -1 },
      feedback = [[The facilitator has joined in shaming a child. That is the non-impartial, shaming facilitation the safeguards rule out (UN Basic Principles 18). Labels like this push young people away from the people trying to help them, and Tavon will remember who said it.]],
    },
  },

  scene "agreement" {
    title = "Making it right",
    text = [[Mr. Mitchell, quieter now, makes an offer.

Mr. Mitchell: I do body work. I can fix that door and put a new mirror on. No charge for my time, we'll cover the parts, if Mr. Greene lets me. Tavon works alongside me.

That leaves the windshield, $320, and the $90 of cabs. Mr. Greene wants the money, and one more thing.

Mr. Greene: When those boys pass my house, I want them to say good morning, like they used to.

Coach Wallace offers the boys the court at the Erdman Avenue rec center. Ms. Simmons still wants her sign on the corner.]],
    notes = [[The agreement must be reasonable and proportionate (UN Basic Principles 7): specific terms, matched to the harm, within the means of the people who must keep them, with someone checking. The Center's agreements are written and signed by everyone. A sign on a corner is punishment by humiliation, not repair; piling on curfews and bans is the other common failure.]],
    questions = {
      "Which of these ideas repair the harm, and which only punish?",
      "What makes a term checkable?",
    },
    choice { "Add Ms. Simmons's idea: the boys stand on the corner one afternoon with a sign saying what they did",
      to = "walkout",
      id = "corner-sign",
      violation = "degrading_terms",
      score = { repair = -2, respect = -3 },
      feedback = [[This is degrading. Putting three 13-year-olds on display with a sign is public humiliation, and it repairs nothing the Greenes lost. Agreements must contain only reasonable and proportionate obligations (UN Basic Principles 7). It also marks the boys out to every other child on the block.]],
    },
    choice { "Help the circle write specific terms: Mr. Mitchell repairs the door and mirror by May 17, his labor free and the Mitchells paying for parts, with Tavon helping; each family pays $137 toward the windshield and cabs by June 14; each boy gives the Greenes two Saturday mornings and greets them; Coach Wallace gets the boys onto the Erdman court; Denise checks in at 30 and 60 days; everyone signs",
      to = { { 0.75, "followup" }, { 0.25, "shortfall" } },
      id = "specific-terms",
      when = function(v) return not tainted(v) end,
      score = { repair = 3, accountability = 2, victim_voice = 1 },
      feedback = [[Specific, proportionate and checkable: every dollar of the $1,140 is covered, the work is matched to what each family can do, and Mr. Greene's own request is in it. The hoop on Erdman Avenue answers the feud behind the damage. Everyone in the circle signs, and Denise writes the follow-up dates into the agreement.]],
    },
    choice { "Help the circle write specific terms: Mr. Mitchell repairs the door and mirror by May 17, his labor free and the Mitchells paying for parts, with Tavon helping; each family pays $137 toward the windshield and cabs by June 14; each boy gives the Greenes two Saturday mornings and greets them; Coach Wallace gets the boys onto the Erdman court; Denise checks in at 30 and 60 days; everyone signs",
      to = "challenged",
      id = "specific-terms-flawed",
      when = function(v) return tainted(v) end,
      score = { repair = 3, accountability = 2, victim_voice = 1 },
      feedback = [[The terms themselves are specific, proportionate and checkable. But an agreement is only as sound as the process behind it, and an earlier step in this case did not meet the safeguards.]],
    },
    choice { "Keep it simple: the boys have apologized; the families can sort out the money themselves",
      to = "apology-only",
      id = "sort-it-out",
      score = { repair = -2, accountability = -1 },
      feedback = [[A circle that ends with "sort it out among yourselves" leaves Mr. Greene to chase three families for $1,140 on a block that was already feuding. An agreement needs to say who does what by when, and someone has to check it.]],
    },
    choice { "Make it stick: each family pays the full $1,140, a 6 pm curfew for the boys until school ends, and no ball games on the block",
      to = "walkout",
      id = "pile-on",
      violation = "degrading_terms",
      score = { repair = -2, least_intrusive = -3 },
      feedback = [[Disproportionate. Three families paying $1,140 each is three times the loss, and a curfew and a ban on ball games have nothing to do with the car and nobody can monitor them. Agreements must be reasonable and proportionate (UN Basic Principles 7). Piling on terms sets families up to fail and turns repair into punishment.]],
    },
  },

  scene "followup" {
    title = "Mid-June",
    text = [[Denise calls with the 60-day check. Every term is done: Mr. Mitchell repaired the door and mirror, with Tavon sanding and masking; all three families paid their share; the boys gave six Saturday mornings to the Greenes' yard and basement. They play on the Erdman Avenue court now, and Mr. Greene says they say good morning. The Center has closed its file and sent the case back to you marked completed.

The same afternoon Sgt. Hayes forwards an email from Ms. Simmons to the district commander: "Agreement or not, those boys should be charged so there's a record."

Sgt. Hayes: The major wants to know what you're doing with it.]],
    notes = [[A completed agreement has to end the case. Charging after completion punishes the families for taking part, and tells every family offered a conference afterwards that finishing it may count for nothing. Ms. Simmons still deserves an answer: closing the loop with the people harmed is part of the job.]],
    questions = {
      "What do you owe Ms. Simmons, and what must you not give her?",
    },
    choice { "File the complaint with Juvenile Services anyway: a record will keep them in line",
      to = "recharged",
      id = "charge-after-completion",
      violation = "punished_after_agreement",
      score = { due_process = -3, least_intrusive = -2 },
      feedback = [[This punishes the boys after they kept their agreement. The case went to a conference in place of court; once the agreement is done, the case is closed. Prosecuting anyway breaks faith with three families and with the Greenes, who signed the agreement too, and it makes every future referral harder.]],
    },
    choice { "Close it in the system and let the email go unanswered",
      to = "closed-quietly",
      id = "close-silently",
      score = { victim_voice = -1, respect = -1 },
      feedback = [[The decision is right and the case stays closed. But Ms. Simmons, who sat in the circle, hears nothing, and the families get no word that it is really over. Closing the loop with everyone who took part is part of keeping the agreement.]],
    },
    choice { "Close the case as completed and confirm it in writing to all three families; call Mr. Greene and Ms. Simmons to explain why the agreement ends it, and thank everyone who took part",
      to = "kept",
      id = "close-and-explain",
      score = { due_process = 2, least_intrusive = 1, victim_voice = 1, respect = 1 },
      feedback = [[Right. The agreement replaced court, so completing it ends the case, and the families get that in writing. Calling Ms. Simmons treats her as someone who took part, not as a complainant to be managed; she grumbles, then admits the boys have been "different".]],
    },
  },

  scene "shortfall" {
    title = "Mid-June",
    text = [[Denise calls with the 60-day check. Most of it is done: Mr. Mitchell repaired the door and mirror with Tavon's help, the boys gave their Saturdays, and the Brooks and Ortiz families paid their shares. The Mitchells have paid $40 of their $137. Mr. Mitchell was laid off from the body shop in May.

The deadline in the agreement has passed. The Center's practice is that an unfinished agreement goes back to the referral source: you.

Denise: I talked to Mr. Greene. He said, "I'm not trying to break anybody. The man fixed my car himself."]],
    notes = [[An unfinished agreement returning to the referral source is not a reason for a harsher outcome. Before deciding anything, look at why it is unfinished and whether the terms still fit: here a family lost its income after doing most of the repair. With the agreement of the person harmed, a term can be changed and monitoring extended.]],
    questions = {
      "Whose agreement is needed to change a term?",
      "What would charging all three boys now say to the two families who finished?",
    },
    choice { "Ask Mr. Greene and the Mitchells whether they would agree to change the term: the $97 left at $20 a month, with Denise checking. If everyone signs, the agreement runs on",
      to = "kept-late",
      id = "change-the-term",
      score = { repair = 2, least_intrusive = 2, victim_voice = 1, respect = 1 },
      feedback = [[Right. The shortfall is hardship, not defiance, after a family did most of the repair with their own hands. Changing the term with Mr. Greene's agreement keeps it proportionate and keeps him in charge of his own repair. Sending the case back over $97 would throw away everything the circle built.]],
    },
    choice { "Take the case back and file a complaint with Juvenile Services on all three boys, citing the broken agreement",
      to = "recharged",
      id = "charge-all-three",
      violation = "punished_after_agreement",
      score = { due_process = -3, least_intrusive = -3 },
      feedback = [[This treats a $97 shortfall from a family that lost its income as a reason to prosecute, and it punishes two boys whose families paid in full. An unfinished agreement goes back to the referral source, but failing to complete it must not be used to justify a harsher outcome.]],
    },
    choice { "Take Tavon's case back and decide it as you would have at the start, without holding the shortfall against him",
      to = "returned",
      id = "return-tavon",
      score = { least_intrusive = -1, repair = -1, victim_voice = -1 },
      feedback = [[This follows the Center's rule fairly: the case returns to you and the shortfall is not held against him. But Mr. Greene has said he does not want this, and the Mitchells did most of the repair. Asking the people in the agreement whether a term can be changed would have met everyone's needs better.]],
    },
  },

  ending "kept" {
    title = "Closed, and the block knows why",
    text = function(v)
      local t = [[The case is closed. Each family gets a letter saying so. Mr. Greene frames a copy of the signed agreement and hangs it by his front door, which Loretta says is ridiculous.

In July the boys help carry chairs for the block party. Ms. Simmons brings a cake and tells you, not quite smiling, that she'll "wait and see".]]
      if v.shamed then
        t = t .. [[


Ms. Brooks tells Denise she will never sit in a circle with a police officer again. She remembers who took a side.]]
      end
      return t
    end,
    outcome = {
      victim = "The car was repaired within five weeks, the cab money repaid, and Mr. Greene got what he asked for: the boys say good morning again. He was told how and why the case ended.",
      accused = "Three 13-year-olds faced the people they harmed, repaired the damage with their own hands, and have no court record.",
      community = "A feud over a hoop has a place to go: the Erdman court. A block that was shouting has sat in a circle and signed the same piece of paper.",
    },
    debrief = [[This is what the Baltimore model aims at: a referral within days, everyone affected in one circle, and a written agreement that repairs the harm and the relationships behind it. Notice what did the work: the safeguards (parents present, consent from the Greenes, no threats to the families) made the agreement sound, and preparation and an impartial facilitator made the circle safe. Closing the case after completion, and telling everyone, keeps the program's promise.]],
    questions = { "Which decision before the circle made this ending possible?" },
  },

  ending "closed-quietly" {
    title = "Closed, quietly",
    text = [[The case is closed in the system. Nobody tells Ms. Simmons, who writes to the district commander twice more and then to her councilmember. The families never get anything in writing; Ms. Ortiz asks Denise in August whether "the police thing" is still open.

The boys still say good morning to Mr. Greene.]],
    outcome = {
      victim = "The Greenes were repaired in full, but Ms. Simmons, who took part, was left to find out by complaining.",
      accused = "The boys kept the agreement and have no record, but their families were left unsure whether it was really over.",
      community = "The repair held, but a neighbor who sat in the circle now thinks it was a way of letting the boys off.",
    },
    debrief = [[The legal decision was right: a completed agreement ends the case. What was missing was the last restorative step, telling everyone who took part. People who sat in the circle are owed an explanation of how it ended, and families are owed certainty. Silence turns a good outcome into a grievance.]],
  },

  ending "kept-late" {
    title = "Finished, a little late",
    text = [[Everyone signs the change. The Mitchells pay $20 a month through the summer; Denise checks each payment. In September Mr. Mitchell starts at a new shop and pays the last $17 in one go. The Center marks the agreement completed, and the case is closed.

Mr. Greene: I told you. The man fixed my car himself.]],
    outcome = {
      victim = "The Greenes were repaid in full, three months later than planned, on terms Mr. Greene chose himself.",
      accused = "All three boys kept their agreement and have no record. Tavon's family was not punished for losing an income.",
      community = "The block saw that an agreement can bend to hardship without breaking, and that the neighbors, not a court, decided how.",
    },
    debrief = [[An agreement is a promise between people, and it can be changed by the people who made it. When a term is not met, look first at why: hardship is not defiance. With the agreement of the person harmed, adjusting a term and extending monitoring is often the most restorative and least intrusive answer. Failing to complete must never be used to justify a harsher outcome.]],
  },

  ending "returned" {
    title = "Back to the referral source",
    text = [[You send Tavon's case to Juvenile Services intake, noting that most of the agreement was kept and that the shortfall was hardship. Intake resolves it informally after a meeting in October. Jaylen's and Kevin's cases are closed.

Nobody collects the last $97. Mr. Greene shrugs it off, but tells Denise he doesn't understand why the system got involved again over ninety-seven dollars when he had already said he didn't mind waiting.]],
    outcome = {
      victim = "The Greenes got almost everything, but Mr. Greene's wish to wait for the rest was not asked about, and the last $97 never came.",
      accused = "Two boys finished and have no record. Tavon, who did most of the repair with his father, went through intake anyway.",
      community = "The agreement mostly held, but the block learned that a family's bad luck can pull a child back into the system.",
    },
    debrief = [[Returning an unfinished agreement to the referral source is the program's rule, and you kept to it fairly: the shortfall was not used against Tavon. But the rule sets a floor, not a target. The people who made the agreement could have changed it, and the person harmed had said he wanted to. Ask them before sending a case back.]],
  },

  ending "recharged" {
    title = "Charged after all",
    text = [[The complaint goes to Juvenile Services intake, citing the conference agreement. The boys' lawyer from the Office of the Public Defender points out that the families did what the agreement asked, or most of it, and that they were told an unfinished agreement would only send the case back, nothing worse.

Intake declines to forward it. By then the damage is done. Ms. Brooks tells every parent on the block never to sign anything with the police. The Center tells your district it will review referrals from your unit.]],
    outcome = {
      victim = "Mr. Greene, who signed the agreement and wanted it to stand, finds his name on a complaint he never asked for.",
      accused = "The boys kept, or nearly kept, their side, and were treated as if they had not. What they learned is that keeping your word to the police buys nothing.",
      community = "Families on the block stop trusting conference offers, and the program loses referrals from the district.",
    },
    debrief = [[Once an agreement replaces court, keeping it has to end the case, and failing to finish it must not lead to a harsher outcome (the Baltimore model returns an unfinished case to the referral source, which decides it as it would have anyway). Punishing after the agreement breaks faith with everyone who took part, including the victim who signed it, and undermines the program for the next family.]],
  },

  ending "court-petition" {
    title = "The long way round",
    text = function(v)
      local t = [[Juvenile Services forwards the complaint and the State's Attorney files petitions against all three boys for malicious destruction of property. The first hearing is in July; the adjudication is put off twice. In November a magistrate orders restitution.

Mr. Greene drives his wife to dialysis in a car with a taped-up mirror and a cracked windshield for most of the year. He is called as a witness twice, and the second time the case is postponed while he waits in the corridor.]]
      if v.booked then
        t = t .. [[


The four hours at booking come up in court: the boys' lawyer asks why three 13-year-olds with parents a few doors away were taken in at all.]]
      end
      return t .. [[


The feud on Elmora Avenue gets worse. In September someone lets the air out of Mr. Greene's tires.]]
    end,
    outcome = {
      victim = "Months of waiting, two trips to court, a restitution order in November, and no say in any of it. Nobody asked what he needed.",
      accused = "Three 13-year-olds with juvenile court records, who never sat across from the man whose car they damaged.",
      community = "Court time spent on a neighborhood property case, and a feud left to fester because nobody brought the block together.",
    },
    debrief = [[The Baltimore Community Conferencing Center exists for cases like this: misdemeanor property damage rooted in a neighborhood conflict, with identifiable young people and a victim on the same block. Court is lawful, but slow and narrow: it decides who pays, not how neighbors live together afterwards. The least intrusive response that repairs the harm was a referral within days.]],
  },

  ending "walkout" {
    title = "The circle breaks up",
    text = [[Ms. Brooks reads the proposed terms and stands up.

Ms. Brooks: No. He'll pay for what he broke and he'll say sorry, but I'm not having him put on show. We're leaving.

Mr. Mitchell and Ms. Ortiz follow her out with their sons. There is no agreement. The Center returns the case to you, and Mr. Greene goes home with the same estimate he came in with.]],
    outcome = {
      victim = "The Greenes spent an evening in a circle and left with nothing: no repair, no apology they could hold on to, and a block angrier than before.",
      accused = "The boys walked out with their parents. What they will remember is that the adults tried to humiliate them, not what the brick did to Loretta Greene.",
      community = "The feud now has a new grievance, and the families who walked out will tell others what conferences are for.",
    },
    debrief = [[Disproportionate or degrading terms are a hard violation because they turn repair into punishment, and families see it at once. The facilitator, not the angriest voice in the room, is responsible for keeping terms proportionate (UN Basic Principles 7 and 18). Note that the case goes back to the referral source: walking away from an unfair agreement must not make things worse for the boys.]],
  },

  ending "apology-only" {
    title = "Sorry, and a bill",
    text = [[The boys apologize, and the circle breaks up with handshakes and sandwiches. Nothing is written down except "families to settle costs".

Two months later Mr. Greene has had $200 from the Brookses and nothing else. Mr. Mitchell says he offered to fix the car and nobody took him up on it. The door is still dented, and Mr. Greene has stopped asking.]],
    outcome = {
      victim = "An apology and $200 of a $1,140 loss. Mr. Greene ends up chasing his neighbors for money, which is what he never wanted to do.",
      accused = "The boys said sorry and did nothing else. They learned that words are enough.",
      community = "A good evening in a circle, then the old feud with money added to it.",
    },
    debrief = [[A conference is only as good as its agreement. Repair means saying who does what, by when, and who checks: the Baltimore model writes the agreement down and everyone signs it. Without that, an apology evaporates and the person harmed is left to do the chasing.]],
  },

  ending "challenged" {
    title = "An agreement built on a flaw",
    text = function(v)
      local why = {}
      if v.corner_questioned then why[#why + 1] = "the boys were questioned on the corner with no parent there" end
      if v.andre_in then why[#why + 1] = "Andre Brooks, who was at football practice, was referred as if he had been involved" end
      if v.greene == "pressed" then why[#why + 1] = "Mr. Greene was told the conference was booked and the boys would get off if he didn't come" end
      if v.coerced then why[#why + 1] = "the families were told the boys would go to court if they didn't attend" end
      if v.kevin_support == "cousin" then why[#why + 1] = "Kevin signed the agreement with no parent or guardian present" end
      if v.kevin_pressed then why[#why + 1] = "Kevin was told the circle would not move on until he spoke" end
      return "Everyone signs. Three weeks later the Office of the Public Defender writes to the district and to the Center. Its letter says that " ..
        table.concat(why, "; that ") .. [[.


The Center puts the agreement on hold while it reviews the case. The Ortiz and Brooks families stop paying. Mr. Greene's door is fixed; his windshield is not.]]
    end,
    outcome = {
      victim = "Part of the car is fixed, the rest is on hold, and Mr. Greene is caught up in a dispute about how the police handled the case.",
      accused = "The boys' agreement is under review. Whatever they learned in the circle is overshadowed by how they were treated before it.",
      community = "A complaint against the police, a conference program that looks coercive, and three families less likely to trust the next officer.",
    },
    debrief = [[Every safeguard before a conference exists because what follows depends on it. Minors questioned without a parent, a boy pulled in who did nothing, a victim or a family pressed into coming, a 13-year-old with no parent in the circle, or a boy forced to speak: any one of these can make a good agreement worthless. The restorative quality of the circle cannot make up for a process that was unfair before it began.]],
  },
}
