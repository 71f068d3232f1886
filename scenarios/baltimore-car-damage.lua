-- The Alley Hoop: three 13-year-olds damage a neighbor's car during a street feud.
-- Premise 9 of the research notes (shared/reference/restorative-practice.md, B.7), modelled on
-- the Baltimore Community Conferencing Center (B.5): a quick referral from police instead of a
-- court complaint, everyone affected in one circle run by the Center's facilitator, a written
-- agreement the participants write and sign, and an unfinished agreement going back to the
-- referral source, the officer, to decide.
--
-- The officer refers, keeps the safeguards before the circle, attends it as a participant at
-- the facilitator's invitation, and decides the case when it comes back. The officer does not
-- run the circle or write the terms.

-- An agreement built on a flawed step: boys questioned with no parent, a boy referred who did
-- nothing, a victim pressed into coming, a family threatened with court, or a boy pressed to speak.
local function tainted(v)
  return v.corner_questioned or v.andre_in or v.greene == "pressed" or v.coerced or v.kevin_pressed
end

return scenario {
  id = "baltimore-car-damage",
  version = 2,
  title = "The Alley Hoop",
  role = "officer",
  summary = [[Three 13-year-olds kick in and smash a retired neighbor's car during a feud over a basketball hoop on their Baltimore block. As the officer on the call you decide how the boys are handled that night, whether the case goes to the Community Conferencing Center or to Juvenile Services, what you tell the victim and the families, what you say when the Center's facilitator invites you into the circle, and what happens when the agreement comes back to you.]],
  minutes = 22,
  modelled_on = "Baltimore Community Conferencing Center (quick referral from police, a circle of everyone affected run by the Center's facilitator, a written agreement everyone signs; an unfinished agreement returns the case to the referral source)",
  speakers = { "Mr. Greene", "Ms. Simmons", "Jaylen", "Tavon", "Kevin", "Ms. Brooks", "Mr. Mitchell",
    "Denise", "Sgt. Hayes" },
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
    greene = "asked",          -- "asked" (free choice), "nudged" (talked round by a neighbor), "pressed"
    coerced = false,           -- Ms. Brooks was told "come or it's court"
    spoke = "saw",             -- what you said in the circle: "saw", "law", "pass"
    sided = false,             -- you took Ms. Simmons's side against the boys
    kevin_pressed = false,     -- Kevin was pushed to speak
    curfew = false,            -- you asked for a curfew in the agreement
  },
  start = "corner",

  scene "corner" {
    title = "A Saturday in April, 6:40 p.m., Elmora Avenue",
    text = [[A destruction-of-property call brings you to the 3400 block of Elmora Avenue. Harold Greene, 67, a retired bus operator, stands by his Honda: mirror hanging by a wire, rear door kicked in, a brick on the cracked windshield.

Mr. Greene: That car is how I get my wife to dialysis. Three days a week.

His neighbor, Beverly Simmons, shows you her doorbell camera: three boys from the block, fifteen minutes ago. Jaylen Brooks, Tavon Mitchell and Kevin Ortiz, all 13. The block has feuded for weeks since Mr. Greene got the city to take down the boys' alley hoop.

The three sit on the steps at the end of the block.

Mr. Greene: I want to see something happen to them tonight.]],
    notes = [[The footage proves what happened; nothing a frightened 13-year-old says on a corner adds to it. Questioning minors about an offense belongs with a parent present. Maryland's Child Interrogation Protection Act (2022) requires that a child in custody consult a lawyer before questioning and that a parent be told [verify current law before relying on the detail].]],
    questions = {
      "What do you already know, and what would an answer on the corner add?",
      "What does Mr. Greene need tonight, and what can you give him?",
    },
    choice { "Take the three to juvenile booking for destruction of property, so Mr. Greene sees it taken seriously",
      id = "book-them", to = "referral",
      set = { booked = true },
      score = { least_intrusive = -2, victim_voice = 1 },
      feedback = [[Mr. Greene gets the response he asked for tonight. But booking three 13-year-olds with parents a few doors away is the most intrusive step on offer for a property offense, and it makes every family on the block less willing to sit down later.]],
    },
    choice { "Copy the footage, walk each boy home to a parent, and ask them nothing about the car tonight",
      id = "home-to-parents", to = "referral",
      score = { due_process = 2, respect = 1, safety = 1, victim_voice = -1 },
      feedback = [[The evidence is secured and each boy goes home to an adult who can support him; a parent is a safeguard for a minor. The cost: Mr. Greene watches the boys walk off with nothing visible happening, and he tells you so.]],
    },
    choice { "Ask the three, right there on the steps, who threw the brick, before they can agree a story",
      id = "question-on-corner", to = "referral",
      violation = "minor_without_guardian",
      set = { corner_questioned = true },
      score = { due_process = -4, respect = -2 },
      feedback = [[This questions three 13-year-olds about an offense with no parent there. Whatever they blurt out in front of each other is neither fair nor reliable, and the camera already shows who did what.]],
    },
  },

  scene "referral" {
    title = "Monday, 9:30 a.m., Northeast District",
    text = function(v)
      local t = ""
      if v.booked then
        t = "The boys spent four hours at juvenile booking before their parents collected them.\n\n"
      elseif v.corner_questioned then
        t = "Tonya Brooks, Jaylen's mother, has complained that her son was questioned on the corner with no parent there.\n\n"
      end
      return t .. [[The body shop estimate is $1,140. Mr. Greene has liability-only insurance. He calls you.

Mr. Greene: I want it on paper with the court. And Andre Brooks, Jaylen's big brother, he's fifteen and he's behind all of it.

The footage shows three boys. Andre's coach says Andre was at practice across town.

Sgt. Hayes: Your call. A complaint to Juvenile Services, or the Conferencing Center. They take property damage and neighborhood beefs, and they move fast.]]
    end,
    notes = [[The Center takes referrals from police, among others, for misdemeanors including property destruction and neighborhood conflict, and meets soon after the incident. It asks the victim's consent itself; if he says no, the case comes back to the referring officer [verify: the Center's handling of a declined referral]. A referral is only fair for people there is evidence against.]],
    questions = {
      "Mr. Greene asked for court. Does referring to the Center override him?",
      "How do you say no about Andre without dismissing what he is telling you about the block?",
    },
    choice { "Refer the three boys, and Andre as well: Mr. Greene knows the block, and a conference can't hurt him",
      id = "refer-with-andre", to = "greene",
      violation = "net_widening",
      set = { andre_in = true },
      score = { least_intrusive = -3, due_process = -2 },
      feedback = [[There is no evidence Andre did anything: the footage shows three boys and his coach puts him across town. A restorative process is only for people there is evidence against, and "it can't hurt him" is wrong: he is treated as responsible in front of his neighbors.]],
    },
    choice { "File a complaint with Juvenile Services on the three, as Mr. Greene asked, so a court orders restitution",
      id = "to-juvenile-services", to = "court-petition",
      score = { least_intrusive = -2, repair = -1, victim_voice = 1 },
      feedback = [[It does what Mr. Greene asked, and it is lawful. But court takes months, he becomes a witness rather than a participant, and he never hears that he could have a say in the repair himself. The Center would have asked him, and his "no" would have brought the case back to you.]],
    },
    choice { "Refer the three to the Center, and tell Mr. Greene he decides whether to take part",
      id = "refer-three", to = "greene",
      score = { least_intrusive = 2, due_process = 1, repair = 1 },
      feedback = [[A quick referral keeps the case out of court, and only the boys the evidence points to. It is not what Mr. Greene asked for, so it only works if the Center's question to him is a real one: if he says no, it comes back to you.]],
    },
  },

  scene "greene" {
    title = "Wednesday, the Greenes' front room",
    text = function(v)
      local t = [[Denise Harper, the Center's facilitator, has asked you to come with her to see the Greenes. She explains the circle: everyone affected, about a dozen people, talking about what happened and writing an agreement together. She will run it.

Mr. Greene: Sit in a room with them? I'm not anybody's counselor.

Loretta Greene, tired from dialysis, says nothing.

Beverly Simmons has let herself in.

Ms. Simmons: Harold, you're going, and I'm coming with you.

Mr. Greene looks at you, the police, for an answer.]]
      if v.andre_in then
        t = t .. "\n\nThe Center has written to the Brooks household inviting Andre too."
      end
      return t
    end,
    notes = [[Consent is the gate (UN Basic Principles 7). The victim decides whether to take part and with whom. Pressure can come from the police ("it's booked"), or from a well-meaning neighbor the police let do the persuading. Mrs. Greene was harmed too.]],
    choice { "Leave it to Ms. Simmons and Denise; you are there for the police side, and he listens to a neighbor",
      id = "let-simmons-persuade", to = "brooks_call",
      set = { greene = "nudged" },
      score = { voluntary = -2, victim_voice = -1 },
      feedback = [[It seems respectful to stay out of it, but he asked you. A neighbor's push is not an informed choice, nobody tells him he can say no, and nobody asks Loretta. He agrees, mostly to end the conversation.]],
    },
    choice { "Tell him the referral is made and the date is set, and the boys get off with nothing if he won't go",
      id = "press-greene", to = "brooks_call",
      violation = "no_victim_consent",
      set = { greene = "pressed" },
      score = { voluntary = -3, victim_voice = -2 },
      feedback = [[This gets him into the circle without his free consent, and it is untrue: if he says no, the case comes back to you. A victim who comes because he was told to is unlikely to say what he needs.]],
    },
    choice { "Tell him and Mrs. Greene it's their choice, and that a no just brings the case back to you",
      id = "free-choice", to = "brooks_call",
      score = { voluntary = 2, victim_voice = 2 },
      feedback = [[A real, informed choice. Knowing that no simply sends the case back means they are not carrying the boys' future. Mr. Greene says he will come, with Loretta and Ms. Simmons, and wants to hear from the boys first.]],
    },
  },

  scene "brooks_call" {
    title = "Thursday, a phone call",
    text = [[Tonya Brooks calls you at the district. She works in a school cafeteria and is angry with everyone: Jaylen, Mr. Greene, the police.

Ms. Brooks: This Center lady wants us Tuesday night. What happens if we don't go? Be straight with me.

Sgt. Hayes, passing your desk, mouths: "Tell her it's that or court."]],
    notes = [[The young people's taking part must be voluntary (UN Basic Principles 13(c)). An honest answer is that the case returns to the referring officer, who decides it on its merits; not going is not a new offense. Telling a family "it's this or court" as leverage is the pressure the safeguard forbids, even when the conference is the better route.]],
    choice { "Say it's voluntary: if they don't go, the case comes back to you and you decide it on its facts",
      id = "straight-answer", to = "circle_open",
      score = { voluntary = 2, respect = 1 },
      feedback = [[Straight, as she asked. The honest answer leaves the choice with her family, and a family that chooses to come is one that will listen.]],
    },
    choice { "Tell her you can't advise her, and she should call Denise at the Center with questions",
      id = "refer-her-on", to = "circle_open",
      score = { voluntary = -1, respect = -1 },
      feedback = [[Careful not to overstep, but she asked you, the referring officer, a plain question about your own next step. Sending her on leaves her guessing, and guessing families assume the worst.]],
    },
    choice { "Be straight: it's the Center on Tuesday or a Juvenile Services complaint on Wednesday",
      id = "come-or-court", to = "circle_open",
      violation = "coerced_accused",
      set = { coerced = true },
      score = { voluntary = -3, least_intrusive = -1 },
      feedback = [[It sounds honest, and it is the pressure the safeguard forbids: court as the stick to get a family into a circle. Their yes now means little, and if they had said no the case should have been decided on its merits, not as a punishment.]],
    },
  },

  scene "circle_open" {
    title = "Tuesday, 6:30 p.m., a church community room",
    text = function(v)
      local t = [[Twelve people sit in a circle: the three boys and their parents, the Greenes, Ms. Simmons, Coach Wallace from the rec center, and you, out of uniform, invited by Denise as the officer who took the call. Denise runs it: introductions, then the boys, then the Greenes.]]
      if v.andre_in then
        t = t .. " Andre sits beside his mother, arms folded."
      end
      if v.greene == "pressed" then
        t = t .. "\n\nMr. Greene: Let's get this over with. I was told it was this or nothing."
      elseif v.greene == "nudged" then
        t = t .. "\n\nMr. Greene sits stiffly; Ms. Simmons does the talking for him."
      end
      return t .. [[


After the boys and the Greenes have spoken, Denise turns to you.

Denise: Officer, what did you see that night, and how has this affected you?]]
    end,
    notes = [[In a community conference a police officer can take part as someone affected: the one who answered the call. The facilitator runs the process; the officer's contribution is short, factual and about effects, not law or judgement [verify: whether the Center invites the referring officer varies by case].]],
    questions = {
      "What is different about speaking in a circle as a police officer rather than as a neighbor?",
    },
    choice { "Explain what court could do for destruction of property, so the boys understand what they avoided",
      id = "speak-law", to = "simmons",
      set = { spoke = "law" },
      score = { respect = -2, voluntary = -1, accountability = -2 },
      feedback = [[It is true and meant to help, but it makes you the prosecutor in the room. The boys hear a threat, not a question about who they affected, and their families hear that the outcome was decided elsewhere.]],
    },
    choice { "Pass: say you're here to listen, and the evening belongs to the Greenes and the families",
      id = "pass", to = "simmons",
      set = { spoke = "pass" },
      score = { voluntary = 1, respect = 1 },
      feedback = [[Modest, and it keeps the badge out of the middle. The cost: Denise asked because the boys had not heard from anyone who saw Mr. Greene by his car that night, and that was yours to tell.]],
    },
    choice { "Say briefly what you saw: Mr. Greene by his car, Ms. Simmons's footage, three boys on the steps",
      id = "speak-saw", to = "simmons",
      score = { accountability = 2, respect = 1, victim_voice = 1 },
      feedback = [[Short, factual, about effects. The boys hear from a witness what that night looked like from the sidewalk, which helps them take it in without a lecture.]],
    },
  },

  scene "simmons" {
    title = "Whose side",
    text = function(v)
      local t = [[Ms. Simmons leans forward.

Ms. Simmons: Officer, you saw that car. You tell these parents what kind of boys they're raising.

Ms. Brooks: See? The police already made up their mind.]]
      if v.spoke == "law" then
        t = t .. " You told us that much already."
      end
      return t .. [[


Everyone looks at you. Denise waits.]]
    end,
    notes = [[Everyone in the circle, not just the facilitator, shapes whether it is respectful. An officer in the circle carries the badge whether or not they wear it, so both families will test which side the officer is on. The facilitator runs the process; a participant can still decline to judge.]],
    choice { "Say you can't speak to what kind of boys they are; you saw what they did, and that's why you're here",
      id = "decline-to-judge", to = "kevin",
      score = { respect = 2, safety = 1 },
      feedback = [[This answers both women without taking a side, and hands the floor back to Denise. Separating what was done from who did it is what lets the boys listen.]],
    },
    choice { "Agree with her: these boys have been trouble on the block for weeks, and the parents know it",
      id = "side-with-simmons", to = "kevin",
      violation = "degrading_terms",
      set = { sided = true },
      score = { respect = -3, safety = -1 },
      feedback = [[The officer has labelled three 13-year-olds in front of their neighbors. That is the shaming the safeguards rule out in a circle, and Ms. Brooks has her proof that the police decided in advance.]],
    },
    choice { "Reassure Ms. Brooks: you've met the boys, and you know they're good kids underneath all this",
      id = "reassure-brooks", to = "kevin",
      score = { respect = -1, victim_voice = -1 },
      feedback = [[Kind, but still a side. Ms. Simmons and the Greenes hear the officer is on the boys' team before the repair has been talked about. Declining to judge either way is what keeps both halves of the room.]],
    },
  },

  scene "kevin" {
    title = "Kevin",
    text = [[Denise comes back to the boys. Jaylen says he kicked the door. Tavon says he broke the mirror.

Then Kevin. On the footage he is the one who throws the brick. He pulls his sleeves over his hands and says nothing. Denise tells him he can pass for now. The silence goes on.

Mr. Greene shifts in his chair and looks at you.

Mr. Greene: You saw the tape. Somebody say it.]],
    notes = [[Silence from a 13-year-old is usually fear or shame, not defiance. Taking part must stay voluntary, including speaking (UN Basic Principles 13(c)). The facilitator has let him pass; an officer who overrides that, or speaks for him, takes the circle away from her and from him.]],
    questions = {
      "What might Kevin's silence mean?",
      "Mr. Greene asked you directly. What do you owe him, and what do you owe Denise?",
    },
    choice { "Tell Mr. Greene what the footage shows, so he hears it said, and let Denise move on",
      id = "read-footage", to = "agreement",
      score = { respect = -1, victim_voice = 1 },
      feedback = [[Mr. Greene hears it said, which he asked for, and he is not left waiting. The cost: hearing the facts from an officer is not Kevin owning them; it takes away his chance to, and overrides the facilitator who had just let him pass.]],
    },
    choice { "Say to Kevin that he needs to answer Mr. Greene now, and everyone will wait until he does",
      id = "press-kevin", to = "agreement",
      violation = "coerced_accused",
      set = { kevin_pressed = true },
      score = { voluntary = -3, respect = -2, accountability = -1 },
      feedback = [[A police officer telling a frightened 13-year-old to speak in front of a dozen adults is pressure, however it is meant. He mumbles "I threw it" to make it stop, and nobody learns what he thought.]],
    },
    choice { "Say nothing; nod to Denise, and leave Kevin's turn to her",
      id = "leave-to-denise", to = "agreement",
      score = { voluntary = 2, accountability = 1, respect = 1, victim_voice = -1 },
      feedback = [[Leaving the process to the facilitator keeps Kevin's part voluntary, and later, asked one small question at a time, he says: "I threw the brick. I didn't know Miss Loretta needed the car." The cost: Mr. Greene waits, unanswered, and is not pleased.]],
    },
  },

  scene "agreement" {
    title = "Making it right",
    text = [[Mr. Mitchell, who does body work, offers to fix the door and mirror with Tavon beside him, labor free. The three families offer $137 each toward the windshield and cab fares. Mr. Greene wants the money, and one more thing: the boys say good morning when they pass, like they used to. Coach Wallace offers the boys the court at the Erdman rec center.

Ms. Simmons wants the boys to stand on the corner with a sign.

Denise writes up the draft and asks you whether the police want anything in it.]],
    notes = [[The agreement's terms come from what the participants asked for; the facilitator writes them. The Center's agreements must be reasonable and proportionate (UN Basic Principles 7). A sign on a corner is humiliation, not repair; a curfew nobody asked for answers the police, not the harm.]],
    questions = {
      "Which of these ideas repair the harm, and which only punish?",
    },
    choice { "Ask for a 6 p.m. curfew until school ends, so the block gets some quiet and the boys stay out of it",
      id = "ask-curfew", to = "shortfall",
      when = function(v) return not tainted(v) end,
      set = { curfew = true },
      score = { least_intrusive = -2, repair = -1, safety = 1 },
      feedback = [[Some quiet on the block is a real need. But nobody in the circle asked for a curfew, it has nothing to do with the car, and nobody can check it. Terms the participants did not ask for punish rather than repair, and they make the agreement easier to break.]],
    },
    choice { "Nothing: the police ask for no terms beyond what Mr. Greene, the families and the coach offered",
      id = "nothing-added", to = { { 3, "followup" }, { 1, "shortfall" } },
      when = function(v) return not tainted(v) end,
      score = { repair = 2, least_intrusive = 2, victim_voice = 1 },
      feedback = [[Terms from the participants: repair by the Mitchells, money for the windshield and cabs, the greeting Mr. Greene asked for, and the Erdman court for the feud behind it. The police add nothing nobody asked for.]],
    },
    choice { "Back Ms. Simmons: one afternoon on the corner with a sign is short, and the block will see it",
      id = "back-sign", to = "shortfall",
      when = function(v) return not tainted(v) end,
      violation = "degrading_terms",
      set = { sided = true },
      score = { repair = -2, respect = -3 },
      feedback = [[Putting three 13-year-olds on display is humiliation, and it repairs nothing the Greenes lost. Denise refuses to write it in, but Ms. Brooks heard the officer ask for it, and her family stops paying its share.]],
    },
    choice { "Ask for a 6 p.m. curfew until school ends, so the block gets some quiet and the boys stay out of it",
      id = "ask-curfew-flawed", to = "challenged",
      when = function(v) return tainted(v) end,
      set = { curfew = true },
      score = { least_intrusive = -2, repair = -1, safety = 1 },
      feedback = [[Nobody in the circle asked for a curfew and nobody can check it. And an earlier step in this case did not meet the safeguards, which will catch up with the agreement.]],
    },
    choice { "Nothing: the police ask for no terms beyond what Mr. Greene, the families and the coach offered",
      id = "nothing-added-flawed", to = "challenged",
      when = function(v) return tainted(v) end,
      score = { repair = 2, least_intrusive = 2, victim_voice = 1 },
      feedback = [[The terms are the participants' and proportionate. But an agreement is only as sound as the process behind it, and an earlier step in this case did not meet the safeguards.]],
    },
    choice { "Back Ms. Simmons: one afternoon on the corner with a sign is short, and the block will see it",
      id = "back-sign-flawed", to = "challenged",
      when = function(v) return tainted(v) end,
      violation = "degrading_terms",
      set = { sided = true },
      score = { repair = -2, respect = -3 },
      feedback = [[Putting three 13-year-olds on display is humiliation, and it repairs nothing the Greenes lost. Denise refuses to write it in, and an earlier flaw in the case is about to catch up with the agreement anyway.]],
    },
  },

  scene "followup" {
    title = "Mid-June",
    text = [[Denise calls with the 60-day check. Every term is done: the door and mirror repaired, the windshield and cabs paid, the boys on the Erdman court, and Mr. Greene says they say good morning. The Center sends the case back to you marked completed.

The same afternoon Ms. Simmons emails the district commander: "Agreement or not, those boys should be charged so there's a record."

Sgt. Hayes: The major wants to know what you're doing with it.]],
    notes = [[A completed agreement has to end the case. Charging after completion punishes the families for taking part. Ms. Simmons still deserves an answer: closing the loop with the people harmed is part of the job.]],
    questions = {
      "What do you owe Ms. Simmons, and what must you not give her?",
    },
    choice { "Close it in the system and leave the email to the major; the case is done",
      id = "close-silently", to = "closed-quietly",
      score = { victim_voice = -1, respect = -1, least_intrusive = 1 },
      feedback = [[The decision is right and the case stays closed. But Ms. Simmons, who sat in the circle, hears nothing, and the families get no word that it is over.]],
    },
    choice { "Close it as completed, confirm it to the families, and call Ms. Simmons to explain why",
      id = "close-and-explain", to = "kept",
      score = { due_process = 2, victim_voice = 1, respect = 1 },
      feedback = [[The agreement replaced court, so completing it ends the case, and the families get that in writing. Calling Ms. Simmons treats her as someone who took part, not a complainant to be managed.]],
    },
    choice { "File the Juvenile Services complaint as well, so there is a record if it happens again",
      id = "charge-after-completion", to = "recharged",
      violation = "punished_after_agreement",
      score = { due_process = -3, least_intrusive = -2 },
      feedback = [[This punishes the boys after they kept their agreement. The conference replaced court; once the agreement is done, the case is closed.]],
    },
  },

  scene "shortfall" {
    title = "Mid-June",
    text = function(v)
      local t = [[Denise calls with the 60-day check. The money is paid and the boys greet the Greenes. But the rear door Mr. Mitchell repaired will not lock. Mr. Mitchell says the lock was broken before; Mr. Greene says it wasn't, and will not sign the agreement off.]]
      if v.curfew then
        t = t .. " And Jaylen was picked up at 8 p.m. at the Erdman court, breaking the curfew."
      elseif v.sided then
        t = t .. [[ And Ms. Brooks has stopped coming to check-ins: "not after what the officer asked for".]]
      end
      return t .. [[ The agreement is unfinished, so the case comes back to you to decide.

Denise: Mr. Greene isn't out for anybody. He just wants a door that locks.]]
    end,
    notes = [[An unfinished agreement returning to the referral source is a decision, not a verdict, and not a reason for a harsher outcome. Here the dispute is about one term, between two people who both kept faith with the agreement. The officer should not adjudicate the lock; the facilitator can reconvene the people who made the agreement, and they can settle or change the term.]],
    questions = {
      "Whose agreement is needed to change or settle a term?",
      "What would charging all three boys now say to the families who finished?",
    },
    choice { "Call it complete: everything else is done, and a disputed lock is a civil matter now",
      id = "call-it-complete", to = "closed-disputed",
      score = { least_intrusive = 2, victim_voice = -1, repair = -1 },
      feedback = [[It is least intrusive, and it spares three boys a return to the system over a lock. But it settles a dispute between Mr. Greene and Mr. Mitchell by ignoring one of them: Mr. Greene is left with a door that does not lock and a signed agreement that said it would.]],
    },
    choice { "Take all three cases back and file with Juvenile Services, citing the broken agreement",
      id = "charge-all-three", to = "recharged",
      violation = "punished_after_agreement",
      score = { due_process = -4, least_intrusive = -3 },
      feedback = [[This treats an unfinished agreement as a reason to prosecute, and punishes two boys who had nothing to do with the lock. An unfinished agreement goes back to the referral source; it must not be used to justify a harsher outcome.]],
    },
    choice { "Ask Denise to bring Mr. Greene and the Mitchells back together to settle the lock",
      id = "change-the-term", to = "kept-late",
      score = { repair = 2, victim_voice = 1, least_intrusive = -1 },
      feedback = [[The dispute belongs to the people who made the agreement, and the facilitator is the one to reconvene them. It costs another evening and keeps the case open a few weeks longer, but Mr. Greene stays in charge of his own repair.]],
    },
    choice { "Send Tavon's case to Juvenile Services intake, noting what he completed and the lock dispute",
      id = "return-tavon", to = "returned",
      score = { due_process = 1, least_intrusive = -1, repair = -1, victim_voice = -1 },
      feedback = [[This is the Center's rule followed to the letter: the case comes back and nothing is held against him. But Mr. Greene wants a door that locks, not a complaint, and the people in the agreement could have settled it.]],
    },
  },

  ending "kept" {
    title = "Closed, and the block knows why",
    text = function(v)
      local t = [[The case is closed. Each family gets a letter saying so. Mr. Greene frames a copy of the signed agreement and hangs it by his front door, which Loretta says is ridiculous.

In July the boys help carry chairs for the block party. Ms. Simmons brings a cake and tells you, not quite smiling, that she'll "wait and see".]]
      if v.spoke ~= "saw" or v.greene == "nudged" then
        t = t .. "\n\nDenise tells you afterwards that the circle worked in spite of a stiff start."
      end
      return t
    end,
    outcome = {
      victim = "The car was repaired within weeks, the cab money repaid, and the boys say good morning again. Mr. Greene was told how and why the case ended.",
      accused = "Three 13-year-olds faced the people they harmed, repaired the damage, and have no court record.",
      community = "A feud over a hoop has a place to go, the Erdman court, and a block that was shouting signed the same piece of paper.",
    },
    debrief = [[This is what the Baltimore model aims at: a referral within days, everyone affected in one circle run by the Center's facilitator, and a written agreement the participants write themselves. Your part was the safeguards before the circle (parents, consent, no threats), a short honest word in it, restraint when it would have been easy to take over, and closing the case, and telling everyone, once the agreement was kept.]],
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
    debrief = [[The legal decision was right: a completed agreement ends the case. What was missing was the last step, telling everyone who took part. People who sat in the circle are owed an explanation of how it ended, and families are owed certainty.]],
  },

  ending "kept-late" {
    title = "Finished, a little late",
    text = function(v)
      local t = [[Denise reconvenes the two men on a weeknight. Mr. Greene brings a photo from last summer: the lock worked. Mr. Mitchell looks at it for a long time, then says he must have bent the latch. He fixes it that Saturday, with Tavon holding the light.]]
      if v.curfew then
        t = t .. " At Ms. Brooks's request, and with nobody objecting, the curfew comes out of the agreement."
      elseif v.sided then
        t = t .. " Ms. Brooks comes too, says her piece about the sign, and stays."
      end
      return t .. [[ The Center marks the agreement completed, and you close the case.

Mr. Greene: The man fixed my car himself. Twice.]]
    end,
    outcome = {
      victim = "The Greenes' car was fully repaired, a few weeks late, and Mr. Greene settled the dispute himself.",
      accused = "All three boys kept their agreement and have no record. Tavon saw his father own a mistake.",
      community = "The block saw that an agreement can hold through a dispute, and that the neighbors, not a court, settled it.",
    },
    debrief = [[An unfinished agreement coming back to you is a decision, not a verdict. Looking at why it was unfinished, and asking the facilitator to bring back the people who made it, let them settle their own term. If your path added a term nobody asked for, notice that it was the first thing to break.]],
  },

  ending "closed-disputed" {
    title = "Closed, with a door that won't lock",
    text = [[You mark the case completed. Denise tells Mr. Greene. He ties the rear door shut with a bungee cord and stops saying good morning back.

Mr. Mitchell hears that the officer "sided with him" and tells the block so. Ms. Simmons writes to the district commander.]],
    outcome = {
      victim = "Mr. Greene has most of his repair, a door that does not lock, and a signed agreement that said it would.",
      accused = "The boys have no record, and no sense that the last term mattered.",
      community = "A dispute between two neighbors was closed rather than settled, and the feud found a new grievance.",
    },
    debrief = [[Closing the case was lawful and light-touch, and it spared three boys the system. But a term in dispute is a question for the people who made the agreement. Calling it complete over Mr. Greene's objection ended the case without repairing the harm, and made the police the judge of a neighbors' quarrel.]],
  },

  ending "returned" {
    title = "Back to the referral source",
    text = [[You send Tavon's case to Juvenile Services intake, noting what he completed and the dispute about the lock. Intake resolves it informally in October. The other cases are closed.

Nobody fixes the lock. Mr. Greene tells Denise he doesn't understand why a boy went back into the system over a door he only wanted fixed.]],
    outcome = {
      victim = "The Greenes got almost everything, but not a door that locks, and nobody asked what he wanted done.",
      accused = "Two boys finished and have no record. Tavon, who did the repair with his father, went through intake anyway.",
      community = "The agreement mostly held, but the block learned that a dispute between adults can pull a child back into the system.",
    },
    debrief = [[Returning an unfinished agreement to the referral source is the program's rule, and you kept to it fairly: nothing was held against Tavon. But the rule sets a floor, not a target. The people who made the agreement could have settled the term, and the person harmed wanted them to.]],
  },

  ending "recharged" {
    title = "Charged after all",
    text = [[The complaint goes to Juvenile Services intake, citing the conference agreement. The boys' public defender points out that the families did what the agreement asked, or most of it, and were told an unfinished agreement would only send the case back.

Ms. Brooks tells every parent on the block never to sign anything with the police. The Center tells your district it will review referrals from your unit.]],
    outcome = {
      victim = "Mr. Greene, who signed the agreement and wanted it to stand, finds his name on a complaint he never asked for.",
      accused = "The boys kept, or nearly kept, their side, and were treated as if they had not.",
      community = "Families on the block stop trusting conference offers, and the program loses referrals from the district.",
    },
    debrief = [[Once an agreement replaces court, keeping it ends the case, and failing to finish it must not lead to a harsher outcome: the Baltimore model returns an unfinished case to the referral source, which decides it as it would have anyway. Punishing after the agreement breaks faith with everyone who took part, including the victim who signed it.]],
  },

  ending "court-petition" {
    title = "The long way round",
    text = function(v)
      local t = [[Juvenile Services forwards the complaint and petitions are filed against all three boys. The first hearing is in July; the adjudication is put off twice. In November a magistrate orders restitution.

Mr. Greene drives his wife to dialysis in a car with a taped-up mirror for most of the year. He waits in a courthouse corridor twice as a witness.]]
      if v.booked then
        t = t .. " The boys' lawyer asks why three 13-year-olds with parents a few doors away were booked at all."
      end
      return t .. [[


In September someone lets the air out of Mr. Greene's tires.]]
    end,
    outcome = {
      victim = "Months of waiting, two trips to court, a restitution order in November, and no say in how the harm was repaired.",
      accused = "Three 13-year-olds with juvenile court records, who never sat across from the man whose car they damaged.",
      community = "A feud left to fester because nobody brought the block together.",
    },
    debrief = [[Mr. Greene asked for court, and that mattered. But he asked before anyone told him there was another way in which he would have a say, and the Center would have asked him itself: his no would have brought the case back to you. For misdemeanor property damage rooted in a neighborhood feud, a referral within days was the least intrusive response that could repair the harm.]],
  },

  ending "challenged" {
    title = "An agreement built on a flaw",
    text = function(v)
      local why = {}
      if v.corner_questioned then why[#why + 1] = "the boys were questioned on the corner with no parent there" end
      if v.andre_in then why[#why + 1] = "Andre Brooks, who was at football practice, was referred as if he had been involved" end
      if v.greene == "pressed" then why[#why + 1] = "Mr. Greene was told the boys would get off if he didn't come" end
      if v.coerced then why[#why + 1] = "the Brooks family was told it was the circle or a complaint" end
      if v.kevin_pressed then why[#why + 1] = "Kevin was told by the officer to answer in front of everyone" end
      return "Everyone signs. Three weeks later the Office of the Public Defender writes to the district and to the Center. Its letter says that " ..
        table.concat(why, "; that ") .. [[.


The Center puts the agreement on hold while it reviews the case. Two families stop paying. Mr. Greene's door is fixed; his windshield is not. The case comes back to you with a complaint attached.]]
    end,
    outcome = {
      victim = "Part of the car is fixed, the rest is on hold, and Mr. Greene is caught up in a dispute about how the police handled the case.",
      accused = "The boys' agreement is under review. Whatever they learned in the circle is overshadowed by how they were treated before it.",
      community = "A complaint against the police, a conference program that looks coercive, and three families less likely to trust the next officer.",
    },
    debrief = [[Every safeguard before a conference exists because what follows depends on it. Minors questioned without a parent, a boy referred who did nothing, a victim or a family pressed into coming, or a boy pressed to speak: any one can make a good agreement worthless. The quality of the circle cannot make up for a process that was unfair before it began.]],
  },
}
