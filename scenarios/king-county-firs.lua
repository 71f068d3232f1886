-- King County FIRS: an officer answers a 911 call where a 16-year-old shoved his mother.
-- Premise 5 of the reference (shared/reference/restorative-practice.md, B.7), modelled on
-- King County (WA) Family Intervention and Restorative Services (B.5): respite instead of
-- detention, a family service agreement instead of charges. The officer does not run FIRS:
-- FIRS staff screen, place and draw up the agreement; the officer decides at the house,
-- writes the referral, gives a view and follows up.

return scenario {
  id = "king-county-firs",
  version = 2,
  title = "The Kitchen Counter",
  role = "officer",
  summary = [[A mother calls 911 after her 16-year-old son shoves her into the kitchen counter in a fight over his phone. You decide how to talk to the family, what kind of case this is, what to do about a gun nobody mentioned on the call, where the boy sleeps tonight, what your referral says and what you tell the FIRS team. Months later, the family calls again.]],
  minutes = 18,
  modelled_on = "King County (WA) Family Intervention and Restorative Services (FIRS, launched 2016): an unlocked respite center instead of detention and a family service agreement instead of charges for youth family violence against a parent or sibling",
  speakers = { "Officer Kim", "Ms. Villanueva", "Marco", "Lucia", "Ms. Okoye" },
  figures = {
    { text = "Juvenile domestic-violence case filings in King County fell 62% over the first nine months of FIRS against the previous year (program-reported, before-and-after comparison).",
      source = "King County youth justice blog, 'Dramatic drop' in juvenile DV filings (kcyouthjustice.wordpress.com, 20 December 2016)" },
    { text = "In the University of Washington evaluation, agreeing to take part in FIRS was linked to fewer re-referrals to juvenile court within 12 months.",
      source = "University of Washington evaluation of FIRS, as reported by the SAJE Center (sajecenter.org juvenile justice blog, 14 September 2017)" },
    { text = "Before FIRS, about 40% of juvenile domestic-violence referrals in King County were declined (program-reported).",
      source = "Courier-Herald, 'New approach regarding youth who commit violence in the home: King County prosecutors' (courierherald.com)" },
  },
  vars = {
    approach = "separate",  -- "separate", "together", "cuffed"
    screened = false,       -- asked who lives here and whether anyone else hurt her
    gun = "none",           -- "secured", "code", "ignored"
    questioned = false,     -- took his account in the car before a lawyer
    plan = "none",          -- "honest", "told", "pressured": how her wishes were handled
    custody = "none",       -- "respite", "detention", "aunt"
    charge = "none",        -- "a4", "narrative", "inflated", "corrected"
    conditions = false,     -- the officer asked for extra terms in the agreement
    visit = "none",         -- "checkin", "skipped", "lecture"
  },
  start = "door",

  scene "door" {
    title = "Meeker Street, Kent, 9:50 pm",
    text = [[Dispatch: a woman, 41, says "a male in the house" pushed her into the kitchen counter; she hung up when someone came in. You and Officer Dana Kim knock.

Teresa Villanueva opens the door holding her left forearm. Behind her a tall boy paces the hallway in his socks, face wet. A girl of about ten sits on the stairs with a tablet she isn't looking at.

Marco: She took my phone! I didn't even do anything.

Ms. Villanueva: Marco, stop. (to you) I'm okay. I don't want him arrested. I didn't know who else to call.

There is a red mark on her forearm, and she keeps her weight off her right hip.]],
    notes = [[The first choice decides who can speak freely. Separating people is standard in family-violence calls; it is also a little cold to a family that wants the temperature down, and that cost is real.]],
    choice { "Sit everyone at the kitchen table and let each say what happened, so nobody feels ganged up on",
      id = "hear-together",
      to = "kitchen",
      set = { approach = "together" },
      score = { respect = 1, least_intrusive = 1, safety = -2, victim_voice = -2 },
      feedback = [[It treats the family gently and keeps things low-key. But the person who was hurt pays for it: with her son at the table she will soften her account, and she will not mention a threat at all.]],
    },
    choice { "Have Kim take Marco out to the front step while you talk with his mother in the kitchen",
      id = "separate",
      to = "kitchen",
      set = { approach = "separate" },
      score = { safety = 1, victim_voice = 1 },
      feedback = [[Each can speak without the other listening, and Marco can cool down without an audience. It costs some warmth: a crying boy walked outside by police feels like the start of an arrest to everyone in the house.]],
    },
    choice { "Cuff Marco and sit him in the patrol car first: he's agitated and you don't know what's in the house",
      id = "cuff-first",
      to = "kitchen",
      set = { approach = "cuffed" },
      score = { safety = 1, least_intrusive = -2, respect = -2, victim_voice = -2 },
      feedback = [[Officer safety is a fair concern. But he is a distressed 16-year-old in socks, and cuffs before any assessment escalate him, frighten his sister and treat the call as an arrest already decided.]],
    },
  },

  scene "kitchen" {
    title = "In the kitchen",
    text = function(v)
      local where = "Ms. Villanueva sits at the kitchen table. Through the window you can see Kim and Marco on the front step."
      if v.approach == "together" then
        where = "Marco stands in the doorway with Kim beside him. Each time his mother starts a sentence he cuts in: \"That's not what happened.\""
      elseif v.approach == "cuffed" then
        where = "Ms. Villanueva watches the patrol car where Marco sits handcuffed. Lucia is crying on the stairs."
      end
      return where .. [[


She took Marco's phone at nine because he hasn't slept in days. He grabbed for it; when she held on, he shoved her with both hands and her hip hit the counter.

Ms. Villanueva: He's not a bad kid. Since his dad died he's angry all the time. I'm so tired.

The 911 call said "a male in the house".]]
    end,
    notes = [[FIRS takes youth referred for misdemeanor family violence against a parent or sibling; King County prosecutors note that juvenile domestic violence rarely involves intimate partners. The officer still has to confirm who is who: a partner assault calls for an IPV risk screen and advocacy, not family services.]],
    questions = { "Why might 'Do you want to press charges?' be an unfair question to put to a parent?" },
    choice { "Take the facts for the report first (what he did, where she's hurt) and leave the family history to the screeners",
      id = "essentials",
      to = "red_flag",
      score = { due_process = 1, safety = -1, victim_voice = -1 },
      feedback = [[An accurate report matters, and screeners do take a history. But you have not confirmed there is no partner in the home, or asked about threats or weapons, and that is where the real risk often sits.]],
    },
    choice { "Ask whether she wants to press charges, so she knows from the start that her view counts",
      id = "ask-charges",
      to = "red_flag",
      score = { voluntary = 1, due_process = -1, safety = -1, respect = -1 },
      feedback = [[It sounds like giving her a say, but charging is not her decision, and framing it as hers puts her son's future on her at the worst moment. Ask what she needs, and explain who decides what.]],
    },
    choice { "Ask who lives here, whether a partner or anyone else has hurt or threatened her, then what happened tonight",
      id = "screen",
      to = "red_flag",
      set = { screened = true },
      score = { safety = 2, victim_voice = 1 },
      feedback = [[This confirms it is a child against a parent, not partner violence, which needs a different response, and it opens the door to what the 911 call never mentioned. It takes longer, with a boy waiting outside.]],
    },
  },

  scene "red_flag" {
    title = "Something else",
    text = function(v)
      if v.screened then
        return [[It is just her, Marco and Lucia. Marco's father, Luis, died two years ago. There is no partner. Then she hesitates.

Ms. Villanueva: On Sunday he said, "Maybe I should just use Dad's gun." I don't know if he meant himself or me. It's in a lockbox in my closet. He knows the code.]]
      end
      return [[Lucia appears in the doorway.

Lucia: Is Marco going to get Dad's gun?

Ms. Villanueva goes pale. On Sunday, she says, Marco said, "Maybe I should just use Dad's gun." Her late husband's pistol is in a lockbox in her closet, and Marco knows the code. She doesn't know if he meant himself or her.]]
    end,
    notes = [[The risk that matters most here has nothing to do with how hard the shove was. A statement that could point at himself or his mother, plus access to a firearm, calls for removing access and a screen, not a bigger charge. The pistol is her property: safekeeping is with her agreement.]],
    questions = { "Does this remark make the assault more serious, or the risk more serious?" },
    choice { "Note the remark for the report. Teenagers say things in a fight, and the shove is what you're here for",
      id = "brush-aside",
      to = "front_step",
      set = { gun = "ignored" },
      violation = "ignored_red_flag",
      score = { respect = -1 },
      feedback = [[This breaks a safeguard: ignoring a safety red flag. A gun he can open and a remark about using it must change what you do next, and brushing it aside tells her the thing she feared to say did not matter.]],
    },
    choice { "Ask her to change the lockbox code tonight and decide about the pistol herself once things are calm",
      id = "change-code",
      to = "front_step",
      set = { gun = "code" },
      score = { safety = 1, least_intrusive = 1 },
      feedback = [[It leaves her property and her decision with her, and it is better than nothing. But a distressed teenager is still in a house with a gun, and nobody who assesses him will hear what he said.]],
    },
    choice { "With her agreement, take the pistol for safekeeping tonight, and make sure his words reach whoever assesses him",
      id = "secure-firearm",
      to = "front_step",
      set = { gun = "secured" },
      score = { safety = 3, victim_voice = 1 },
      feedback = [[Removing access, with her consent, is the step that actually lowers the risk, and passing his words on gets him a mental-health screen rather than just a charge. It costs her something: her husband's pistol leaves the house in a police car tonight.]],
    },
  },

  scene "front_step" {
    title = "On the front step",
    text = function(v)
      local where = "Out on the step Marco has stopped shouting. Kim has found him a jacket."
      if v.approach == "cuffed" then
        where = "Marco sits in the back of the patrol car, hands cuffed behind him. Kim has the door open."
      end
      return where .. [[


Marco: I just wanted my phone back. I didn't mean to push her that hard. Is she okay? Am I going to jail?

Kim catches your eye. He is talking, and he is sixteen.]]
    end,
    notes = [[Washington requires that a juvenile have access to an attorney before waiving rights in a custodial interrogation (RCW 13.40.740, from 2022) [verify the statute and its exceptions]. What Marco blurted out is spontaneous; questioning him now is not.]],
    choice { "Sit with him and talk about his dad and how he's been sleeping, steering clear of tonight, so he calms down",
      id = "talk-about-dad",
      to = "safety_plan",
      score = { respect = 1, safety = 1, due_process = -1 },
      feedback = [[Kind, and it may tell you something about his risk. But a boy who wants to please will drift back to tonight, and then you are questioning him without a lawyer in all but name.]],
    },
    choice { "He wants to explain: sit him in the car and let him give his side for the report while he's calm",
      id = "take-account",
      to = "safety_plan",
      set = { questioned = true },
      violation = "admission_before_counsel",
      score = { due_process = -1, voluntary = -1 },
      feedback = [[This breaks a safeguard: taking an admission before legal advice. A frightened 16-year-old who wants to please is exactly who the attorney-access rule protects, and the account will likely be inadmissible.]],
    },
    choice { "Ask him nothing about tonight. Tell him what happens next, and that he can talk to a lawyer first",
      id = "no-questions",
      to = "safety_plan",
      score = { due_process = 2, respect = 1 },
      feedback = [[His rights are kept, and telling him plainly what happens next lowers the temperature. It is a little stiff: he asked if his mother is okay, and a rule-bound answer can feel like a door shutting.]],
    },
  },

  scene "safety_plan" {
    title = "Before you decide",
    text = function(v)
      local gun = "The lockbox is still upstairs."
      if v.gun == "secured" then
        gun = "The pistol is unloaded and locked in your trunk; she signed the receipt."
      elseif v.gun == "code" then
        gun = "She has changed the lockbox code."
      end
      return gun .. [[


Ms. Villanueva: I don't want him to have a record. But I can't have him here tonight. Lucia's scared. I'm scared.

Marco's aunt, twenty minutes away, says on the phone he can stay with her. You sit down with Ms. Villanueva for a few minutes before deciding where Marco sleeps.]]
    end,
    notes = [[Her two wishes pull apart: no record, and not home tonight. FIRS was built for this family, but only if she hears the options honestly and chooses. Deciding for her is kind and quick; pressuring her is quicker and breaks her consent.]],
    questions = { "What turns a parent's agreement into consent under pressure?" },
    choice { "Tell her it's FIRS or detention tonight, so she agrees before she talks herself out of it",
      id = "pressure-mother",
      to = "tonight",
      set = { plan = "pressured" },
      violation = "no_victim_consent",
      score = { voluntary = -1, victim_voice = -1 },
      feedback = [[This breaks a safeguard: the person harmed must agree freely. Detention used as a lever on a frightened parent turns her "yes" into police pressure, and it is not even accurate.]],
    },
    choice { "Ask what she needs, then lay out tonight's options, FIRS included, and what each means for Marco",
      id = "honest-options",
      to = "tonight",
      set = { plan = "honest" },
      score = { victim_voice = 2, voluntary = 1 },
      feedback = [[She called for help, not a prosecution, and knowing that FIRS offers respite and services without a charge lets her choose with real information. It takes time, and it asks her to weigh her son's night while she is still shaking.]],
    },
    choice { "Tell her you'll take care of it and FIRS is right for Marco, so she needn't choose against her son",
      id = "decide-for-her",
      to = "tonight",
      set = { plan = "told" },
      score = { respect = 1, safety = 1, voluntary = -1, victim_voice = -1 },
      feedback = [[It lifts a heavy choice off her, kindly. But she never hears the options or says what she wants, so her agreement later is to something she doesn't understand.]],
    },
  },

  scene "tonight" {
    title = "Where Marco sleeps tonight",
    text = function(v)
      local wish = "She has said she doesn't want him arrested, and that she can't have him home tonight."
      if v.plan == "honest" then
        wish = "She has told you what she wants: Marco somewhere safe tonight, help for all of them, and no court case. She leans toward FIRS, but his aunt's offer tempts her."
      end
      return wish .. [[


In King County, a youth arrested for family violence against a parent goes to the juvenile detention center, where FIRS staff review the case and can place him in an unlocked respite center instead of a cell, usually for three or four days. A family that signs a FIRS service agreement faces no charge. FIRS starts at arrest.]]
    end,
    notes = [[Arrest for family violence by 16- and 17-year-olds is discretionary in Washington [verify current law]. In FIRS, arrest is the door to respite and services, not to court. Whether an arrest that leads to no charge is 'least intrusive' is a fair argument: the aunt's house is milder, and it leaves the gun risk unassessed and the family without services.]],
    questions = { "Is an arrest that leads to respite and no charge 'least intrusive'? Compared with what?" },
    choice { "Arrest him for the assault and take him to the youth center, flagged as eligible for FIRS and respite",
      id = "firs-route",
      to = "booking",
      set = { custody = "respite" },
      score = { safety = 1, repair = 1 },
      feedback = [[This is the FIRS route: a few nights apart, a risk and needs assessment, services within days, and no charge if the family signs an agreement. It costs an arrest, which is more than his mother asked for.]],
    },
    choice { "Book him into secure detention tonight: with the gun remark, you can't risk him walking out of respite",
      id = "secure-detention",
      to = "booking",
      set = { custody = "detention" },
      score = { safety = 1, least_intrusive = -1, respect = -1 },
      feedback = [[The gun risk is met by removing access and screening him, not by a locked cell, and a night in detention is what FIRS was built to replace for misdemeanor family violence.]],
    },
    choice { "No arrest: drive him to his aunt's for the night and give his mother the crisis line and FIRS numbers",
      id = "aunt",
      to = "without_program",
      set = { custody = "aunt" },
      score = { least_intrusive = 1, victim_voice = 1, safety = -1, repair = -1, accountability = -1 },
      feedback = [[Milder, and it meets both of her wishes tonight. But FIRS starts at arrest: without it there is no screening, no respite staff, no service agreement, and nobody assesses the boy who talked about a gun.]],
    },
  },

  scene "booking" {
    title = "The referral, 11:40 pm",
    text = function(v)
      local where = "A FIRS staff member is talking quietly with Marco in intake."
      if v.custody == "detention" then where = "Marco is in intake, waiting to be booked into detention." end
      return where .. [[ You sit down to write the referral.

A two-handed shove, a red mark on her forearm, a bruised hip. No weapon used. The remark about his father's gun was made on Sunday.

The offense box matters: FIRS takes misdemeanor family violence. A felony referral means a longer look and, tonight, a locked room.]]
    end,
    notes = [[FIRS prosecutors look at how a case could actually be charged; a higher referral can still qualify if the facts support only a misdemeanor. Inflating the referral does not get the family more help. Keeping the risk apart from the charge protects both his rights and everyone's safety.]],
    choice { "Assault 4, domestic violence, with the gun remark written into the offense narrative so nobody downstream misses it",
      id = "narrative",
      to = "screening",
      set = { charge = "narrative" },
      score = { safety = 1, due_process = -1 },
      feedback = [[Nobody will miss the risk. But the remark played no part in the shove, and written into the offense it reads as part of what he did, following him into any charging decision.]],
    },
    choice { "Assault 4, domestic violence: the shove, the marks, her words. The gun remark goes in a separate risk note",
      id = "a4-risk-note",
      when = function(v) return v.gun ~= "ignored" end,
      to = "screening",
      set = { charge = "a4" },
      score = { due_process = 2 },
      feedback = [[The charge matches what he did, and the risk goes to the people who can act on it. A separate note is easier to overlook than the narrative, and that is its cost.]],
    },
    choice { "Assault 4, domestic violence: the shove, the marks and her words, nothing more",
      id = "a4-only",
      when = function(v) return v.gun == "ignored" end,
      to = "screening",
      set = { charge = "a4" },
      score = { due_process = 2 },
      feedback = [[The charge matches the facts. But because the gun remark was set aside at the house, nothing tells the screeners about the biggest risk in this family.]],
    },
    choice { "Write it as Assault 2, citing the gun remark, so he's held long enough to engage with services",
      id = "inflate-charge",
      to = "screening",
      set = { charge = "inflated" },
      violation = "coerced_accused",
      score = { due_process = -1, least_intrusive = -1 },
      feedback = [[This breaks a safeguard: coercing the accused with a charge the facts do not support. Charging up to force services turns a family's call for help into leverage against their son.]],
    },
  },

  scene "screening" {
    title = "Wednesday, 10:15 am",
    text = function(v)
      local parts = { "Grace Okoye, a juvenile probation counselor on the FIRS team, calls about your referral." }
      if v.custody == "detention" then
        parts[#parts + 1] = "Marco spent the night in detention; she has asked for him to be moved to respite."
      end
      if v.charge == "inflated" then
        parts[#parts + 1] = "Ms. Okoye: Your referral says Assault 2. The narrative describes a shove and a bruise."
      end
      if v.questioned then
        parts[#parts + 1] = "The prosecutor's office has flagged the account you took from Marco in the car before he saw a lawyer."
      end
      if v.plan == "pressured" then
        parts[#parts + 1] = "Ms. Okoye: His mother says an officer told her it was the program or detention. I need to know she's choosing this."
      elseif v.plan == "told" then
        parts[#parts + 1] = "Ms. Okoye: His mother didn't know last night what any of this meant. We've explained it now; it took a while."
      end
      parts[#parts + 1] = "Ms. Okoye: The family wants help, not a court case, and Marco says he'll do the program. Before we draw up the service agreement with them, what's your view?"
      return table.concat(parts, "\n\n")
    end,
    notes = [[FIRS staff screen the referral and history and talk to the youth and the parent; they, not the officer, draw up the agreement with the family. The officer's account and view carry weight. The best terms come from what the family asked for, and add nothing nobody asked for.]],
    questions = { "What should an officer ask for in an agreement the officer won't have to live with?" },
    choice { "Support FIRS, and ask for a nightly phone curfew and weekly police check-ins in the agreement to back it up",
      id = "add-conditions",
      when = function(v) return v.charge ~= "inflated" and v.plan ~= "pressured" end,
      to = "follow_up",
      set = { conditions = true },
      score = { accountability = 1, least_intrusive = -1, voluntary = -1 },
      feedback = [[It sounds like accountability. But nobody in the family asked for police check-ins, and a curfew on the very phone fight that started this sets the agreement up to fail on terms the family never chose.]],
    },
    choice { "Recommend the prosecutor file charges instead: he hurt his mother, and a program may not hold him to anything",
      id = "recommend-filing",
      when = function(v) return v.charge ~= "inflated" end,
      to = "court_track",
      score = { accountability = 1, least_intrusive = -2, victim_voice = -2, repair = -1 },
      feedback = [[It takes the assault seriously, but it overrides the mother's clear wish and the least intrusive response that meets the risk. Before FIRS, about 40% of these referrals were declined, and families often stopped cooperating.]],
    },
    choice { "Support FIRS: give the facts straight, pass on what his mother said she wants, and flag the risk you saw",
      id = "support-firs",
      when = function(v) return v.charge ~= "inflated" and v.plan ~= "pressured" end,
      to = "follow_up",
      score = { least_intrusive = 1, victim_voice = 1, repair = 1 },
      feedback = [[The team can build an agreement around what the family asked for: counseling at home, Step-Up, a mental-health assessment, no charge. You add no terms of your own, so nothing in it is there for the police.]],
    },
    choice { "Tell Ms. Okoye what you said to his mother, and ask the team to check her consent without police present",
      id = "own-pressure",
      when = function(v) return v.plan == "pressured" and v.charge ~= "inflated" end,
      to = "follow_up",
      score = { voluntary = 2, respect = 1 },
      feedback = [[Owning the pressure lets the team make sure her agreement is real this time. The safeguard you broke still counts, but the family now chooses freely.]],
    },
    choice { "Stand by the Assault 2: the gun remark shows where this could go if nobody acts",
      id = "stand-by-felony",
      when = function(v) return v.charge == "inflated" end,
      to = "court_track",
      score = { due_process = -2, least_intrusive = -2, victim_voice = -1 },
      feedback = [[It keeps a charge the facts do not support and pulls the family into the court process the mother said she did not want.]],
    },
    choice { "Correct the referral to Assault 4, since the facts support nothing more, and support FIRS",
      id = "correct-referral",
      when = function(v) return v.charge == "inflated" end,
      to = "follow_up",
      set = { charge = "corrected" },
      score = { due_process = 2, least_intrusive = 1 },
      feedback = [[Late, but it moves him out of the felony track and into FIRS. The safeguard broken last night still counts, and he spent a night under a charge he should never have had.]],
    },
  },

  scene "follow_up" {
    title = "Ten days later",
    text = function(v)
      local stay = "Marco spent three nights at the respite center and is home."
      if v.custody == "detention" then
        stay = "Marco was moved from detention to the respite center on Wednesday and is home."
      end
      local parts = { "You stop by Meeker Street for the department's domestic-violence follow-up visit. " .. stay .. " The family signed a FIRS service agreement: family counseling at home, Step-Up for Marco and his mother, a mental-health assessment. No charge has been filed." }
      if v.conditions then
        parts[#parts + 1] = "The curfew and police check-ins you asked for are in it. Marco has missed one check-in, and the phone curfew is now the main fight in the house."
      end
      if v.gun ~= "secured" then
        parts[#parts + 1] = "In passing she mentions that the pistol is still in the closet."
      end
      parts[#parts + 1] = "Ms. Villanueva: It's better. Not fixed. Better. Marco is at the table doing homework, Lucia beside him."
      return table.concat(parts, "\n\n")
    end,
    notes = [[A restorative process separates the act from the person. This visit can reinforce what Marco is doing to put things right, or undo it. Skipping it is a real argument: FIRS has the case, and police at the door are a pressure of their own.]],
    choice { "Skip the visit and leave it to FIRS: a patrol car outside every week is its own pressure",
      id = "skip-visit",
      to = { { 1, "gun_question" }, { 1, "call_back" } },
      set = { visit = "skipped" },
      score = { least_intrusive = 1, respect = 1, safety = -1, victim_voice = -1 },
      feedback = [[Less police in the family's life is a fair aim, and it trusts the work they are doing with FIRS. But the safety plan was yours, and a short visit is how you learn whether it still works. Skipping it leaves her voice, and any remaining risk, unheard.]],
    },
    choice { "Talk with each of them apart: check her plan, ask Marco what he's doing to put things right, say what he's doing well",
      id = "checkin",
      when = function(v) return v.gun == "secured" end,
      to = { { 3, "gun_question" }, { 1, "call_back" } },
      set = { visit = "checkin" },
      score = { accountability = 1, respect = 1, safety = 1, least_intrusive = -1 },
      feedback = [[Asking what he is doing to make things right keeps the focus on repair, and noticing his effort separates the act from the person. It is one more police visit in a family's month.]],
    },
    choice { "Talk with each of them apart and raise the pistol again: offer to take it for safekeeping now",
      id = "checkin-gun",
      when = function(v) return v.gun ~= "secured" end,
      to = { { 3, "gun_question" }, { 1, "call_back" } },
      set = { visit = "checkin", gun = "secured" },
      score = { accountability = 1, safety = 2, least_intrusive = -1 },
      feedback = [[Coming back to the firearm is the most important thing this visit can do. It is ten days late: the risk sat in the house all that time.]],
    },
    choice { "Remind Marco, with his sister there, that another night like March means court, not the program",
      id = "lecture",
      to = { { 1, "gun_question" }, { 1, "call_back" } },
      set = { visit = "lecture" },
      score = { respect = -2, victim_voice = -1, accountability = -1 },
      feedback = [[It spells out consequences, and he should know them. But a warning in front of his little sister shames the person rather than naming the act: the talk turns from what he is doing to put things right to what will happen to him, and it pushes him away from the people helping him.]],
    },
  },

  scene "gun_question" {
    title = "July",
    text = function(v)
      local where = "The pistol is still in the lockbox in her closet."
      if v.gun == "secured" then where = "The pistol is still in your property room." end
      return [[Marco's FIRS caseworker has closed his service agreement as completed. No charge was ever filed.

Ms. Villanueva stops you outside the grocery store. ]] .. where .. [[


Ms. Villanueva: Things are good now, really good. It was Luis's. What should I do about it?]]
    end,
    notes = [[The firearm is her property and her decision. A calm month does not end the risk that mattered most in March. The officer's job is to help her decide with the full picture, not to decide for her or shrug.]],
    questions = { "Where is the line between advising her and deciding for her?" },
    choice { "Tell her it's her property and explain the paperwork; how she stores it is her business",
      id = "gun-paperwork",
      to = "firs_completed",
      score = { due_process = 1, victim_voice = 1, safety = -2 },
      feedback = [[Correct on the rules and respectful of her ownership. But she asked what she should do, and a gun in a house where a teenager talked about using it deserves a conversation, not just a form.]],
    },
    choice { "Go through her options (a relative, storage away from home, a transfer) and suggest she ask the family counselor",
      id = "gun-options",
      to = "firs_completed",
      score = { safety = 2, victim_voice = 1 },
      feedback = [[She stays in charge of her property, with the full picture and someone who knows Marco to talk it over with. It takes longer than handing her a form, and it leaves a risk open until she decides.]],
    },
    choice { "Tell her it should stay out of the house while Marco lives there, and you'll note that on the file",
      id = "gun-refuse",
      to = "firs_completed",
      score = { safety = 1, victim_voice = -1, due_process = -1, respect = -1 },
      feedback = [[Your worry is reasonable, but it isn't your decision to make this way. It is her property, and a note on the file is not a legal process. Advise her and leave the choice with her.]],
    },
  },

  scene "call_back" {
    title = "Four months later, 11:20 pm",
    text = [[Marco's FIRS caseworker closed his service agreement as completed three weeks ago.

Tonight Ms. Villanueva called 911 again. The bathroom door has a hole kicked through it. Marco has gone to a friend's two streets away. Nobody was touched.

Ms. Villanueva: I want him charged. For tonight, and for March. I did everything they asked. I'm done.

Lucia is asleep upstairs. Ms. Villanueva's hands are shaking.]],
    notes = [[Two things are true at once: she has every right to want charges and to have that wish taken seriously, and March was settled by an agreement her son kept. The officer neither promises charges nor talks her out of them.]],
    questions = { "Why does it matter to future families that a completed agreement is not reopened?" },
    choice { "Check they're safe, take a report on tonight, and tell her March was settled but her wish goes to the prosecutor",
      id = "honest-report",
      to = "new_report",
      score = { victim_voice = 2, due_process = 1, safety = 1 },
      feedback = [[Her wish for charges is recorded and passed to the person who decides, and the completed agreement holds. It disappoints her about March, tonight, when she is least ready to hear it.]],
    },
    choice { "Write March up again alongside tonight, so the prosecutor sees the whole pattern she's describing",
      id = "reopen-march",
      to = "reopened",
      violation = "punished_after_agreement",
      score = { victim_voice = -2, voluntary = -1, safety = -1, due_process = -1 },
      feedback = [[This breaks a safeguard: prosecuting again after an agreement was completed. It feels like honoring her, but the agreement replaced the March charge, and reviving it punishes the family for taking part.]],
    },
    choice { "Ask her to sleep on it before you write anything: he's done so well, and a charge could undo it",
      id = "talk-her-out",
      to = "unheard",
      score = { respect = 1, victim_voice = -2, voluntary = -1, safety = -1 },
      feedback = [[Gentle, and you may be right about what a charge would cost him. But the report is hers to make, and pressing a frightened parent to hold off puts your view of her son above her safety and her voice.]],
    },
  },

  ending "firs_completed" {
    title = "Home, with help",
    text = function(v)
      local parts = { "Marco finished counseling and Step-Up. He is still at the same school, and there is no court file with his name on it." }
      if v.custody == "detention" then
        parts[#parts + 1] = "He still talks about the night in detention; the counselor spent two sessions on it."
      end
      if v.conditions then
        parts[#parts + 1] = "The police check-ins were dropped at the first review, after a shouting match about the phone curfew. The rest of the agreement held."
      end
      if v.visit == "lecture" then
        parts[#parts + 1] = "Marco crosses the street when he sees a patrol car."
      else
        parts[#parts + 1] = "Lucia has stopped sleeping with her door locked."
      end
      return table.concat(parts, "\n\n")
    end,
    outcome = {
      victim = "The help she called for, without testifying against her son, and a safer house.",
      accused = "No charge and no court case: counseling and Step-Up finished, school kept.",
      community = "One fewer detention bed and court case, and a family linked to services within days rather than months.",
    },
    debrief = [[FIRS treats a parent's 911 call as a request for help. The officer's choices decide whether the family gets there: separate the people, confirm it is a child-against-parent case and not partner violence, deal with the real risk (here, a gun), use arrest as the door to respite rather than a cell, write the charge the facts support, and leave the agreement's terms to the family and the FIRS team.]],
    questions = { "Which choice cost the family something, and was it worth it?" },
  },

  ending "new_report" {
    title = "Heard, and told the truth",
    text = [[You take a report for malicious mischief on tonight's damage and note Ms. Villanueva's wish for charges in plain words. Marco stays at his friend's house, with his friend's mother's agreement.

Three days later a prosecutor and the FIRS team meet Ms. Villanueva together. She hears what a charge for tonight would involve and what help is available again. Marco has a lawyer. March stays closed.]],
    outcome = {
      victim = "Her fear was taken seriously, and her wish for charges went to the person who decides.",
      accused = "March stays closed because he kept the agreement. Tonight is reviewed on its own facts.",
      community = "Families can trust that a kept agreement means what it said, and that a new harm still gets a response.",
    },
    debrief = [[Respecting a victim's choice and keeping due process are not in conflict. You do not decide charges, so you neither promise them nor talk her out of them. A completed agreement replaced the charge for March; a new incident is a new report.]],
  },

  ending "reopened" {
    title = "Reopened",
    text = [[The prosecutor's office sends the March referral back within a day: the family completed a FIRS agreement in place of charges. The report on tonight goes forward on its own, a week later than it could have.

Ms. Villanueva was told March could be charged. It couldn't. Marco's lawyer asks why the department tried to revive a case his client had finished.]],
    outcome = {
      victim = "She was led to expect something that could not happen, and feels let down twice.",
      accused = "Finishing the program seemed to count for nothing, and he trusts the next offer of help less.",
      community = "Word gets round that a FIRS agreement may not hold, and fewer families sign one.",
    },
    debrief = [[An agreement that replaces a charge has to hold once it is kept. Reviving the original incident punishes the family for taking part. It feels like honoring the victim, but it gives her a false promise and weakens the program for the next family.]],
  },

  ending "unheard" {
    title = "Nothing written",
    text = [[Ms. Villanueva nods, apologizes for "wasting your time", and closes the door. No report is written.

When the FIRS team reaches out in the autumn for their follow-up survey, she doesn't answer.]],
    outcome = {
      victim = "She called for help and was talked down. She is unlikely to call again.",
      accused = "No response to tonight, so whatever is driving it continues out of sight.",
      community = "Harm at home goes unreported, and a family that once trusted the system stops calling it.",
    },
    debrief = [[A completed agreement closes the old incident, not the family's access to help. Steering her off a report silences the person the process exists to serve. Her wish for charges deserved to be recorded and passed to the person who decides.]],
  },

  ending "court_track" {
    title = "Back to the old way",
    text = function(v)
      local first = "On your recommendation the case goes to the charging unit instead of FIRS, and Assault 4 is filed."
      if v.charge == "inflated" then
        first = "The referral goes to the charging unit as Assault 2. A prosecutor files it as Assault 4 a week later: the facts never supported more."
      end
      return first .. [[


Ms. Villanueva is now a witness against her son. She tells the prosecutor she will not testify. Marco misses school for hearings.

In May the case is dismissed. No counseling ever started.]]
    end,
    outcome = {
      victim = "A witness against her own child, who declined to testify and ended up without the help she called for.",
      accused = "A pending charge, missed school, then a dismissal, and no counseling for what drove the shove.",
      community = "Court time spent on a case the family never wanted in court: the pattern FIRS was created to end.",
    },
    debrief = [[Before FIRS, services for juvenile family violence came after a case was decided, and families often withdrew first. Overriding the family's wishes, or inflating the charge, pulls them back into that pattern. The least intrusive response that meets the risk was there to use.]],
  },

  ending "without_program" {
    title = "A night at his aunt's",
    text = function(v)
      if v.gun ~= "secured" then
        return [[Marco spends two nights at his aunt's and comes home. Nobody assesses him, and there is no agreement and no counselor.

Eleven days later Lucia calls 911: Marco has the lockbox open and is sitting in the closet. Officers talk him out, and he is taken for a crisis evaluation. No one is hurt, this time.]]
      end
      return [[Marco spends two nights at his aunt's and comes home. Ms. Villanueva calls the FIRS number; without an arrest there is no referral, and she is given a list of counselors with waiting lists.

Two weeks later there is another 911 call: a shouting match, a phone thrown at a wall. She asks the new officers why nobody told her what the program needed.]]
    end,
    outcome = {
      victim = "No arrest, as she asked, but no services, and the fear she described is still in the house.",
      accused = "No record, and no help with the grief and anger behind the shove.",
      community = "A second call and more officer time, and a family that doubts calling for help does any good.",
    },
    debrief = [[Least intrusive means the mildest response that still meets safety and the family's needs. In King County FIRS starts at arrest, so the milder night at his aunt's closed the door to respite, assessment and a service agreement. The choice was defensible on its face; what it gave up only shows later.]],
  },
}
