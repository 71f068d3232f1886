-- "Just the paint": a keyed car in an apartment parking lot, an admission, a victim asking for
-- the community conference her cousin once had. It reads as the easiest police referral of the
-- week. The parties are former partners, and the history (a protective order, a smashed phone,
-- earlier calls, tracking, fear) comes out only if the officer asks. B.6 (intimate-partner
-- violence) and B.3 items 2, 7 and 8 of shared/reference/restorative-practice.md. Unlike
-- ipv-mediation-request (a prosecutor hearing a request for mediation), this is the officer at
-- the scene and in the weeks after: screening, the order violation, the interview, pressure
-- through his family, new contact, and what to do when she herself asks to be heard.
-- Version 2: his truck outside her work (a decision on the report, her safety plan or a warning),
-- and a fourth answer to her request to be heard (the order "closes" it), so luck on a few
-- lenient decisions no longer reaches the top band.

local function truck_line(v)
  if v.truck == "reported" then
    return "The store footage of his truck is in the plea file, and the extended order now names her workplace."
  elseif v.truck == "planned" then
    return "Kiara leaves the store by the back door with a coworker now; your report of the truck reaches Ms. Ferrante after the footage was overwritten."
  elseif v.truck == "noted" then
    return "His truck is outside the store twice more in the spring. Nobody but Kiara knows."
  elseif v.truck == "warned" then
    return "After your visit his mother tells the family Kiara is \"still calling the police on him\"; his truck moves to the next block."
  end
  return nil
end

return scenario {
  id = "keyed-car",
  version = 2,
  title = "Just the Paint",
  role = "officer",
  summary = [[A neighbor saw a man key Kiara Woods's car in the lot at 2 am; the man, Marcus Hale, says he did it. Kiara wants him to pay for the paint through the community conferencing program her cousin used. You are the patrol officer who takes the call and follows the case for the next two months: what to ask her, what to do about what she tells you, how to interview him, and how to answer when she, his family and the prosecutor each want something different.]],
  minutes = 18,
  modelled_on = "A police referral to a community conferencing program that takes property destruction (Baltimore Community Conferencing Center), set against the exclusion of intimate-partner violence from standard conferences (DC OAG Restorative Justice Program; Common Justice; Istanbul Convention Art. 48), a lethality-screen protocol for officers [verify], and a victim-initiated, specialist-facilitated route (Colorado HB 24-1101 as introduced)",
  speakers = { "Kiara", "Marcus", "Mr. Bell", "Sgt. Pike", "Ms. Okoro", "Ms. Alvarez", "Ms. Ferrante" },
  vars = {
    asked = false,        -- the officer asked about the history between them
    screened = false,     -- lethality screen done and the hotline advocate reached
    withdrawn = false,    -- a conference referral was made and then withdrawn
    route = "none",       -- "none" or "conference": a standard conference referral stands
    charged = "order",    -- "order" (order violation charged) or "mischief" (left out)
    plain = false,        -- Marcus was interviewed with his rights explained and no promise
    pressure = false,     -- the family's pressure was named to her and she has the advocate
    informed = false,     -- the prosecutor heard the whole picture from the officer
    late = false,         -- the history came out only days later: the order violation waited
    past_order = false,   -- the order decision has been made
    repaid = true,        -- she kept the $1,140 he sent
    carded = false,       -- she was given the hotline card instead of the screen
    contact = false,      -- the payment-app contact was documented
    unheard = false,      -- she was told no route to be heard was open
    truck = "none",       -- his truck outside her work: "reported" | "planned" | "noted" | "warned"
  },
  start = "lot",

  figures = {
    { text = "Common Justice reports that about 9 in 10 harmed parties offered its restorative alternative chose it over incarceration; it does not take family-violence cases.",
      source = "Common Justice (programme-reported): dailycal.org/2019/03/13/...; familypolicynyc.org/2021/03/02/danielle-sered-common-justice/" },
    { text = "Baltimore's Community Conferencing Center reports that 98% of its conferences reach a written agreement and more than 95% are kept; its referrals include property destruction.",
      source = "Baltimore Community Conferencing Center (programme-reported): communityconferencing.org/index.php/programs/for_law_enforcement/" },
  },

  scene "lot" {
    title = "Saturday, 7:40 am",
    text = [[A silver Honda in the lot of the Linden Court apartments. Someone has scratched LIAR along the driver's door and kicked the side mirror off. The repair estimate on the owner's phone says $1,140.

Mr. Bell, a neighbor, saw a man in a gray work jacket do it at about 2 am and got a plate. It comes back to Marcus Hale, 34. Kiara Woods, 31, the owner, says they were together for two years and split up in the spring.

Kiara: I know it was him. I don't want him arrested. My cousin did that conference thing when some kids broke her window. Can you send it there? He pays, he says sorry, done.

Your department refers misdemeanor property cases to Eastside Community Conferencing. Sgt. Pike has three calls holding.]],
    notes = [[Nothing on the surface says danger: a property crime, an eyewitness, a victim who asks for the program. But damage to an ex-partner's property is one of the commonest forms partner abuse takes, and many state codes treat criminal mischief against a former partner as domestic violence [verify for the jurisdiction you train in]. The relationship is the one fact the officer already has; the history needs one question, asked where he and the neighbor cannot hear.]],
    questions = { "What would you need to know before this could go to a conference?" },
    choice { "Write it up and fill in the conferencing referral now: she asked for it, there is an eyewitness, and the program repairs vandalism",
      id = "refer-now",
      to = "program_call",
      set = { route = "conference", late = true },
      violation = "ipv_conference",
      score = { safety = -2, victim_voice = -1 },
      feedback = [[This breaks a safeguard: sending an intimate-partner case to a standard conference. She did ask, and the program does take vandalism. But a former partner's damage to her car is not a neighbor's broken window, and nobody has asked what came before it.]],
    },
    choice { "Walk her to her door, away from Mr. Bell, and ask how things have been between her and Marcus since they split",
      id = "ask-history",
      to = "history",
      set = { asked = true },
      score = { safety = 2, victim_voice = 1, respect = 1 },
      feedback = [[One private question changes what this case is. She wanted a quick end, and you are asking about her life, not her car; she can decline to answer.]],
    },
    choice { "Take both statements, give her the report number for her insurer, and leave the referral decision to the follow-up unit",
      id = "property-report",
      to = "monday_call",
      set = { late = true },
      score = { least_intrusive = 1, safety = -2, victim_voice = -1 },
      feedback = [[Quick, lawful and light-handed, and nobody is pushed into anything. But the follow-up unit will read a vandalism report with an eyewitness and nothing else, because the one question that mattered was not asked.]],
    },
  },

  scene "monday_call" {
    title = "Monday, 10:15 am",
    text = [[Ms. Okoro, a facilitator at Eastside Community Conferencing, calls you.

Ms. Okoro: Kiara Woods phoned us herself and asked for a conference. Your report says eyewitness, plate, admission, $1,140 in damage. That's our bread and butter. I just like to ask the referring officer: anything I should know before I start preparation meetings?

Your report says "ex-boyfriend" and nothing more. You never asked more.]],
    notes = [[A second chance. The program's own intake may or may not ask the right question; the officer who stood in the lot is the one who can.]],
    choice { "Tell her it's a clean property case by the book: an admission, a small loss, and the victim asking for it herself",
      id = "clean-case",
      to = "program_call",
      set = { route = "conference" },
      violation = "ipv_conference",
      score = { safety = -2, accountability = -1 },
      feedback = [[This breaks a safeguard: confirming an intimate-partner case for a standard conference. Everything you said is true; what you did not know is what matters, and you said so as if you did.]],
    },
    choice { "Tell her their intake screens for domestic cases better than a patrol officer can, so she should ask Kiara directly",
      id = "let-program-screen",
      to = "program_call",
      set = { route = "conference" },
      score = { safety = -1, respect = -1, accountability = -1 },
      feedback = [[Partly true: facilitators are trained to screen. But Kiara asked them for this, and she may not tell them what she would tell an officer who asks. You had the relationship in your report and passed it on without a word.]],
    },
    choice { "Tell her you never asked about their history, and that you'll ask Kiara today and call back before anything is scheduled",
      id = "call-her-first",
      to = "history",
      set = { asked = true },
      score = { safety = 1 },
      feedback = [[You own the gap and close it before anyone is put in a room. Late is better than never: the facilitator gets the full picture before she needs it.]],
    },
  },

  scene "program_call" {
    title = "The facilitator calls back",
    text = function(v)
      local parts = { [[Ms. Okoro has met Marcus for a preparation meeting.]] }
      parts[#parts + 1] = [[Ms. Okoro: He admits the car. Says she "made him look stupid". He'll pay, but only if she comes without her sister, and he wants a term that she unblocks his number "so they can talk like adults". And he knew her new shift times at the care home. Is there history here I should know about?]]
      if v.asked then
        parts[#parts + 1] = "You know the answer: the order, the phone, the calls."
      end
      return table.concat(parts, "\n\n")
    end,
    notes = [[Conditions about who she may bring, a demand for contact, and knowledge of her schedule: three red flags of control in one preparation meeting. A facilitator may stop a conference when red flags appear in preparation (B.6). The referring officer can and should pull the referral.]],
    choice { "Ask her to go ahead with separate waiting rooms, her sister present and a staggered exit, and no unblocking term",
      id = "manage-it",
      to = "conference_day",
      violation = "ignored_red_flag",
      score = { safety = -1, respect = -1 },
      feedback = [[This breaks a safeguard: going ahead face to face after signs of control have come to light. Waiting rooms and exits manage the hour in the building; they do nothing about what he knows of her life outside it.]],
    },
    choice { "Tell her the screening call belongs to her program, not to patrol, and that you will back whatever she decides",
      id = "her-program",
      to = "conference_day",
      violation = "ignored_red_flag",
      score = { safety = -2, accountability = -1 },
      feedback = [[This breaks a safeguard: letting a face-to-face process go ahead once signs of control have come to light. Respecting the facilitator's role sounds right, but she asked you a direct question you could answer, and the program now runs on half the facts.]],
    },
    choice { "Withdraw the referral yourself, tell Ms. Okoro why, and go back to Kiara with the questions you should have asked",
      id = "withdraw-referral",
      when = function(v) return not v.asked end,
      to = "history",
      set = { route = "none", withdrawn = true, asked = true },
      score = { safety = 1 },
      feedback = [[Late, but right. The referral was yours to make and yours to take back, and the facilitator should not carry that decision alone.]],
    },
    choice { "Withdraw the referral, tell Ms. Okoro about the order and the phone, and take up the order violation again",
      id = "withdraw-early",
      when = function(v) return v.asked and not v.past_order end,
      to = "violation",
      set = { route = "none", withdrawn = true },
      score = { safety = 2, respect = 1 },
      feedback = [[Late, but right. You made the referral because she asked; taking it back now, and turning to the order he broke, puts her safety back ahead of the quick ending.]],
    },
    choice { "Withdraw the referral, tell Ms. Okoro about the order and the screen, and report what he knows of her shifts",
      id = "withdraw-late",
      when = function(v) return v.past_order end,
      to = "ada_call",
      set = { route = "none", withdrawn = true },
      score = { safety = 2, respect = 1 },
      feedback = [[Late, but right. You made the referral under pressure from her and from his family; taking it back now, and reporting what he knows of her schedule, puts her safety back ahead of the quick ending.]],
    },
  },

  scene "conference_day" {
    title = "The conference",
    text = [[You sit in, as referring officers may. Marcus reads a short apology for "the damage". Kiara keeps her eyes on the table. Then:

Marcus: I'll pay the whole $1,140. I just want to be able to text her. That's fair, right?

Kiara: ...Fine. Whatever. Just the paint.

Ms. Okoro looks at you.]],
    notes = [[By now the only restorative thing left is to stop. Every option has a cost; the one that costs her least in the long run is the one that looks worst in the room.]],
    choice { "Ask Ms. Okoro for a break, tell her privately it must stop, and offer Kiara a ride and the hotline number",
      id = "stop-it",
      to = "she_withdraws",
      score = { safety = 2, respect = 1, repair = -1 },
      feedback = [[The right call, late. Stopping protects her from an agreement that buys him contact. It also embarrasses her in front of him, and she may not forgive the system that put her there.]],
    },
    choice { "Let them sign for the $1,140 as long as the texting line is struck, since the payment is what she asked for",
      id = "strike-term",
      to = "conference_held",
      score = { repair = 1, safety = -2, voluntary = -2 },
      feedback = [[The money is real repair, and striking the term looks like protection. But she said "fine" to end the moment, not because she chose it, and he now knows the program will sit them at one table.]],
    },
    choice { "Let the agreement stand as they said it: she agreed out loud, and it isn't your conference to run",
      id = "let-stand",
      to = "conference_held",
      violation = "ignored_red_flag",
      score = { safety = -2, voluntary = -2 },
      feedback = [[This breaks a safeguard: letting a face-to-face process go on after coercion has shown itself. Her "fine" is the sound of pressure, not consent.]],
    },
  },

  scene "history" {
    title = "At her door",
    text = function(v)
      local parts = {}
      if v.withdrawn then
        parts[#parts + 1] = "You call Kiara and ask the questions you skipped on Saturday."
      end
      parts[#parts + 1] = [[Kiara: He's not supposed to be here. There's an order since February, he has to stay away from my place. In June he smashed my phone when I tried to call my sister. The police came twice last year, it was "just words". He always knows where I am.]]
      parts[#parts + 1] = [[Kiara: But if he's arrested again he loses his driving job, and I'm the one who pays for that. At a conference he has to behave, people are watching. That's all I want.]]
      parts[#parts + 1] = "Your department uses an eleven-question lethality screen for intimate-partner calls; the state hotline can put an advocate on your phone in minutes."
      return table.concat(parts, "\n\n")
    end,
    notes = [[A current protective order, a phone smashed to stop a call for help, earlier calls, and tracking. Lethality-screen protocols (the Maryland model is the best known) have officers ask a short set of questions and, on a high score, offer the victim a call with a hotline advocate on the spot; she may decline to answer or to talk [verify the protocol your department uses]. Her wish for the conference is real and should be heard; it is also the wish most shaped by fear of what he will do.]],
    questions = { "She has told you what she wants. What do you owe her beyond doing it?" },
    choice { "Take her at her word: give her the hotline card, note the order in the report, and tell her to call when she's ready",
      id = "card",
      to = "violation",
      set = { carded = true },
      score = { victim_voice = 2, safety = -1, },
      feedback = [[A defensible call: you record the order, leave her in charge and add nothing she did not ask for. The cost is safety: a card is easy to lose, and nobody now knows how dangerous he is, including her.]],
    },
    choice { "Make the referral she asked for, flagging the order and the phone so Ms. Okoro can plan for her safety",
      id = "refer-flagged",
      when = function(v) return not v.withdrawn end,
      to = "program_call",
      set = { route = "conference", late = true },
      violation = "ipv_conference",
      score = { safety = -2, least_intrusive = -1 },
      feedback = [[This breaks a safeguard: sending partner abuse to a standard conference. Flagging the history is honest, but no waiting-room plan makes a two-hour meeting safe with a man who tracks her, and she asked for it hoping it would keep him calm.]],
    },
    choice { "Ask her the screen questions, saying she can stop at any one, and offer to put the state hotline on your phone",
      id = "screen",
      to = "violation",
      set = { screened = true },
      score = { safety = 2, victim_voice = 1, respect = 1, least_intrusive = -1 },
      feedback = [[The screen turns a bad feeling into something both of you can act on, and the advocate gives her help that does not depend on the case. It costs her time and privacy she did not offer; she answers because you asked kindly, and she can stop.]],
    },
  },

  scene "violation" {
    title = "The order",
    text = function(v)
      local parts = {}
      if v.screened then
        parts[#parts + 1] = [[She answers yes to three questions: he has threatened to kill her, he thinks she is seeing someone, and he keeps a handgun in his truck. She talks to Ms. Alvarez, the hotline advocate, for ten minutes and agrees to meet her on Monday. She still does not want him arrested.]]
      elseif not v.carded then
        parts[#parts + 1] = [[Kiara has told you about the order, the phone and the calls. Nobody has screened the risk, and she has no advocate. She still does not want him arrested.]]
      else
        parts[#parts + 1] = [[She takes the card, with the name of the hotline's advocate, Ms. Alvarez, written on the back, and says thanks. She still does not want him arrested.]]
      end
      if v.late then
        parts[#parts + 1] = [[It is Monday now. Saturday's violation has sat open on your desk, past the policy's 24 hours; it is late, but still yours to act on.]]
      end
      parts[#parts + 1] = [[Being in her lot at 2 am breaks the order. Department policy: probable cause of an order violation means an arrest, or an arrest-warrant application within 24 hours if he is gone. Marcus is at his mother's, two miles away.

Sgt. Pike: Your call. Don't sit on it.]]
      return table.concat(parts, "\n\n")
    end,
    notes = [[Arrest on probable cause of a protective-order violation is mandatory in many US jurisdictions, at least when the violator is present [verify the statute and your department's policy]. The department policy in the scene (arrest, or a warrant application within 24 hours) is written for the scenario [verify against real policies, which differ], so that arresting now and applying for a warrant after a safety plan are both lawful and both defensible. Leaving the violation out is not: it is not the officer's to waive.]],
    questions = { "Who decides whether the order is enforced: her, you or the court that made it?" },
    choice { "Drive to his mother's and arrest him now, telling Kiara it's because of the order, not anything she said",
      id = "arrest-now",
      to = "interview",
      set = { past_order = true },
      score = { accountability = 2, safety = 1, victim_voice = -1, },
      feedback = [[A defensible call, and in many jurisdictions the expected one. The order is enforced tonight and she has a true thing to tell him. The cost: she asked you not to, and he may be out by Monday, angrier, before she has a plan.]],
    },
    choice { "Apply for the warrant in the morning, after Ms. Alvarez has helped her plan where to be, and tell Kiara when",
      id = "warrant-plan",
      when = function(v) return v.screened end,
      to = "interview",
      set = { past_order = true },
      score = { safety = 2, victim_voice = 1, accountability = 1 },
      feedback = [[The order is enforced within the policy's window, and he is picked up when she is somewhere safe and knows it is coming. It costs a night of him free and unaware, and a little accountability against arresting him now.]],
    },
    choice { "Apply for the warrant in the morning, and tell Kiara when it will be served so she can stay at her sister's",
      id = "warrant-notice",
      when = function(v) return not v.screened end,
      to = "interview",
      set = { past_order = true },
      score = { safety = 1, victim_voice = 1, accountability = 1 },
      feedback = [[The order is enforced and she can get out of the way. Without the screen and an advocate, though, her plan is a night at her sister's, and nobody has asked what he might do next.]],
    },
    choice { "Leave the order out and charge the mischief alone: she begged you, and $1,140 of paint is the harm she cares about",
      id = "mischief-only",
      to = "interview",
      set = { charged = "mischief", past_order = true },
      score = { least_intrusive = 1, safety = -2, accountability = -2 },
      feedback = [[It honors her plea and keeps the case small. But the order is the court's protection, not a favor she can waive for him, and dropping it tells him the order means nothing.]],
    },
  },

  scene "interview" {
    title = "Interview room 2",
    text = function(v)
      local charge = "criminal mischief and violating a protective order"
      if v.charged == "mischief" then charge = "criminal mischief" end
      return [[Marcus Hale is brought in on ]] .. charge .. [[. He is calm and friendly.

Marcus: Look, I did the car. I was upset. Do I need a lawyer for paint? Kiara wanted that conference thing, right? I'll do it. I'll say sorry.

The lot camera footage is grainy; Mr. Bell's account and the plate are solid.]]
    end,
    notes = [[He asks about a lawyer: that question must get a straight answer, and nothing may be promised for a statement (B.3 item 2). Whether to interview at all is a fair question when the evidence is already good and what he says may be aimed at her.]],
    choice { "Read him his rights, tell him plainly a lawyer is his to ask for, and promise nothing about a conference",
      id = "rights-plain",
      to = "mother_call",
      set = { plain = true },
      score = { due_process = 2, respect = 1, accountability = 1 },
      feedback = [[A straight answer to a straight question, and no bargain hanging in the air. He asks for a lawyer and says nothing more. You lose his account, and you keep a case nobody can attack.]],
    },
    choice { "Tell him a written apology now will support a conference recommendation, and that a lawyer would only slow that",
      id = "conference-promise",
      to = "mother_call",
      violation = "coerced_accused",
      score = { due_process = -2, respect = -1 },
      feedback = [[This breaks a safeguard: inducing a statement with a promised outcome, and steering him away from counsel. It also dangles a conference you should not offer in this case.]],
    },
    choice { "Skip the interview: Mr. Bell and the plate make the case, and anything he says will be a message meant for her",
      id = "no-interview",
      to = "mother_call",
      score = { safety = 1, due_process = 1 },
      feedback = [[A defensible call: the case does not need him, and you deny him a channel to her through the file. It costs him the chance to give his account, and you a plain admission on tape.]],
    },
  },

  scene "mother_call" {
    title = "Ten days later",
    text = function(v)
      local parts = { [[Kiara calls the number on your card.]] }
      parts[#parts + 1] = [[Kiara: His mom called me. She says if I ask for the conference, he pleads to the car and the order thing goes away, and he keeps his job. So I'm asking. You're the one who does those referrals, right? I just want it over.]]
      if v.screened then
        parts[#parts + 1] = "She has seen Ms. Alvarez once since the screen."
      else
        parts[#parts + 1] = "She has not called the hotline, where Ms. Alvarez is the advocate who takes police referrals."
      end
      return table.concat(parts, "\n\n")
    end,
    notes = [[A request that arrives through his family, with his terms, is his request in her voice. The officer can refuse the referral without refusing her: what she is owed is the truth about her options and help that does not depend on the case. A victim-initiated, specialist-facilitated process exists in some states where the law allows it at all [verify for your state]; it is never a plea bargain.]],
    choice { "Refer it to Ms. Okoro's program: she's asking herself this time, and it respects her right to choose",
      id = "refer-asked",
      to = "program_call",
      set = { route = "conference" },
      violation = "ipv_conference",
      score = { safety = -2, voluntary = -1 },
      feedback = [[This breaks a safeguard: a standard conference in an intimate-partner case. She is asking, but with his mother's terms. A referral made to end the case in exchange for dropping the order is his bargain, not her choice.]],
    },
    choice { "Tell her the program can't take it, that those terms came from his side, and offer her time with Ms. Alvarez on her options",
      id = "name-pressure",
      to = "ada_call",
      set = { pressure = true },
      score = { safety = 2, voluntary = 1, victim_voice = 1, least_intrusive = -1 },
      feedback = [[You refuse the referral without refusing her, name the pressure gently, and put her options with someone whose only job is her. It is more involvement than she asked for.]],
    },
    choice { "Tell her the case belongs to the district attorney now, and give her Ms. Ferrante's direct number to ask her",
      id = "send-to-ada",
      to = "ada_call",
      score = { due_process = 1, least_intrusive = 1, victim_voice = -2, safety = -2, respect = -1 },
      feedback = [[True, and it keeps you in your lane. But she called you, the one person she trusts in this, and she hangs up with a phone number and his mother's offer still standing.]],
    },
  },

  scene "ada_call" {
    title = "The prosecutor's question",
    text = function(v)
      local parts = { [[Ms. Ferrante, from the district attorney's domestic violence unit, calls.]] }
      parts[#parts + 1] = [[Ms. Ferrante: Kiara Woods left me a message asking me to drop it. I can go forward on the neighbor and the plate without her. Or I take her at her word. You've met her. What's your read?]]
      if not v.screened then
        parts[#parts + 1] = "Your report has the order and the phone. It has no screen."
      end
      return table.concat(parts, "\n\n")
    end,
    notes = [[The charging decision is the prosecutor's. The officer's job is to give her the whole picture honestly, including the victim's wishes, and not to decide for either of them. Evidence-based prosecution without the victim's testimony is common practice in US domestic violence units, and contested.]],
    choice { "Tell her Kiara has been clear every time, and that forcing the case past her may push her away from help she's only starting to trust",
      id = "back-her",
      to = "cash_app",
      score = { victim_voice = 2, safety = -1 },
      feedback = [[A defensible read, and you carry her voice faithfully. The cost is what you leave out: the gun, the tracking and the family's bargain, the things that make her wish less free than it sounds.]],
    },
    choice { "Say the charging call is hers, not yours, and that you'd rather not put a patrol officer's hunch about a witness in the file",
      id = "no-read",
      to = { { 2, "cash_app" }, { 1, "she_withdraws" } },
      score = { least_intrusive = 1, safety = -2, victim_voice = -1 },
      feedback = [[Modest, and true about whose decision it is. But she asked for facts you alone hold, and without them the case runs on a vandalism report while the family's pressure works on Kiara.]],
    },
    choice { "Tell her everything you saw, her wishes included, and ask that any talk with Kiara about dropping it go through Ms. Alvarez",
      id = "whole-picture",
      to = "cash_app",
      set = { informed = true },
      score = { safety = 2, accountability = 1, victim_voice = 1 },
      feedback = [[The prosecutor decides with the whole picture, and Kiara hears about it from the person who works only for her. The cost: her plain request to drop it now carries less weight than the risk you saw.]],
    },
  },

  scene "cash_app" {
    title = "Five weeks on",
    text = [[Kiara shows you her phone. A payment for $1,140 has arrived from Marcus, with a note: "paint. we're even now. unblock me."

Kiara: The car's at the shop, I need this money. Please don't make it a thing. He paid, like I wanted.

The order forbids any contact, by any means.]],
    notes = [[Repair has arrived, from him, with a demand attached. The message is contact against the order. Whether she keeps the money and whether the contact is documented are separate questions; good practice answers both.]],
    questions = { "Can the money be repair and the message be a violation at the same time?" },
    choice { "Tell her the money is hers to keep, then photograph the message for the prosecutor as contact against the order",
      id = "keep-and-document",
      to = "truck",
      set = { contact = true },
      score = { safety = 2, repair = 1, accountability = 1, victim_voice = -1 },
      feedback = [[She keeps the repair and the order keeps its meaning. The cost: she asked you not to make it a thing, and you did, openly.]],
    },
    choice { "Tell her to send the money back, so nobody can say she agreed to contact, and charge the message as a new violation",
      id = "send-back",
      to = { { 1, "truck" }, { 1, "she_withdraws" } },
      set = { repaid = false },
      score = { accountability = 1, repair = -2, victim_voice = -1 },
      feedback = [[Careful about the evidence, but it takes the one piece of repair she wanted and makes her pay for his violation. She may not come to you again.]],
    },
    choice { "Let it go: the money is the repair she asked for, the note is one line, and she has asked you to leave it",
      id = "let-it-go",
      to = "truck",
      score = { repair = 1, victim_voice = 1, safety = -1, accountability = -2, },
      feedback = [[A defensible call that honors her choice and the repair. The cost is the order: contact that goes unanswered teaches him the next message will too.]],
    },
  },

  scene "truck" {
    title = "Six weeks on",
    text = [[Kiara calls you on her break.

Kiara: His truck was across from the store at closing, Tuesday and again last night. He didn't get out. He didn't do anything. I just wanted someone to know.

Kiara: Please don't arrest him again before the plea. His mom already says I'm doing all this to him.

The store has a camera on the parking lot. The plea hearing is in three weeks.]],
    notes = [[Parked across from her work, twice, at closing: that is the pattern of tracking she described at her door, and possibly two violations of the stay-away order [verify whether the order covers her workplace]. The officer's choice is not only arrest or nothing: the evidence, her safety plan and what the prosecutor hears are separate questions.]],
    questions = { "She asked you only to know. What does knowing oblige you to do?" },
    choice { "Note it as information only, as she asked, and tell her to call 911 if he ever gets out of the truck",
      id = "note-only",
      to = "specialist_ask",
      set = { truck = "noted" },
      score = { safety = -1, accountability = -1, },
      feedback = [[It keeps faith with her request. But a man who sits outside her work at closing is tracking her, and "call 911 if he gets out" leaves the whole risk with her until the moment it arrives.]],
    },
    choice { "Ask Ms. Alvarez to rework her safety plan first, a different exit and someone to walk her out, then report it",
      id = "plan-first",
      to = "specialist_ask",
      set = { truck = "planned" },
      score = { safety = 1, victim_voice = 1, accountability = -1, },
      feedback = [[A defensible order of things: she is safer tonight and hears the report is coming. The cost is time: the footage may be overwritten, and the prosecutor hears about it late, if at all.]],
    },
    choice { "Drive to his mother's tonight and tell him plainly that one more time outside her work means jail",
      id = "warn-him",
      to = "specialist_ask",
      set = { truck = "warned" },
      score = { safety = -1, due_process = -1, accountability = -1, },
      feedback = [[It feels like protection and spares her an arrest. But it tells him exactly what she reported, gives him nothing he must answer for, and his mother hears that Kiara called the police again.]],
    },
    choice { "Get the store's footage today, write both nights up for Ms. Ferrante, and tell Kiara what you are sending and why",
      id = "footage",
      to = "specialist_ask",
      set = { truck = "reported" },
      score = { safety = 1, accountability = 1, },
      feedback = [[The pattern goes on record before the plea, where the prosecutor can weigh it, and she hears it from you first. It costs what she asked for: she wanted someone to know, not a report.]],
    },
  },

  scene "specialist_ask" {
    title = "What she wants now",
    text = function(v)
      local parts = {}
      if v.screened or v.pressure then
        parts[#parts + 1] = [[Kiara meets you with Ms. Alvarez.]]
      else
        parts[#parts + 1] = [[Kiara calls you from work.]]
      end
      parts[#parts + 1] = [[Kiara: I don't want the conference anymore. But I want him to hear it. What it's been like. Once, with someone there who knows about this stuff, and my sister. Not so he gets anything. For me.]]
      parts[#parts + 1] = [[The case is set for a plea hearing next month.]]
      return table.concat(parts, "\n\n")
    end,
    notes = [[Now the request is hers, not his family's, and she asks for a specialist. Where the law allows a victim-offender dialogue in an intimate-partner case at all, it must be victim-initiated, run by a trained specialist, risk-assessed, and alongside the case rather than instead of it (B.6; Colorado HB 24-1101 as introduced). Whether your county has such a service is a local fact [verify]. A victim impact statement is the court's route for her voice and needs no contact.]],
    choice { "Ask Ms. Alvarez and Ms. Ferrante whether a DV-trained facilitator can take it at her request, apart from the plea",
      id = "specialist",
      to = "specialist_dialogue",
      score = { victim_voice = 2, respect = 1, safety = 1 },
      feedback = [[Her request goes to people who can say whether it is lawful and safe, on her terms and outside the plea. It is slower and less certain than a lectern: the service may not exist here, and the risk assessment may say no.]],
    },
    choice { "Tell her the safest place to be heard is a victim impact statement at his plea, written with Ms. Alvarez's help",
      id = "impact-statement",
      to = "impact_statement",
      score = { safety = 1, due_process = 1, },
      feedback = [[A defensible answer: she is heard, on the record, with no contact at all. The cost: she asked to say it to him, in a room, and she gets a courtroom and a lectern instead.]],
    },
    choice { "Tell her a meeting is off the table while the order stands, and that the plea next month will settle it",
      id = "order-closes-it",
      to = "impact_statement",
      set = { unheard = true },
      score = { victim_voice = -1 },
      feedback = [[The order does forbid his contact with her, so it sounds like the law talking. But the order protects her; it does not stop a specialist process she asks for, and it was never yours to close. She is left with no route to be heard at all.]],
    },
    choice { "Refer her to Ms. Okoro's program now that it is truly her idea, with her sister and Ms. Alvarez as her supporters",
      id = "program-now",
      to = "conference_held",
      set = { route = "conference" },
      violation = "ipv_conference",
      score = { safety = -1 },
      feedback = [[This breaks a safeguard. The idea is hers now, and that matters, but a standard community conference is not a specialist process, and her sister's presence is no risk assessment.]],
    },
  },

  ending "specialist_dialogue" {
    title = "Heard, on her terms",
    text = function(v)
      local paid = "restitution already paid"
      if not v.repaid then paid = "$1,140 in restitution, ordered again" end
      local parts = { "Marcus pleads guilty. The plea includes a domestic-violence intervention program, " .. paid .. ", and the order extended for a year." }
      if v.charged == "mischief" then
        parts[1] = "Marcus pleads guilty to criminal mischief, with " .. paid .. ". The order was never charged, and it expires in February."
      end
      parts[#parts + 1] = [[A DV-trained facilitator meets Kiara three times and Marcus twice. The risk assessment allows a short, structured meeting in the spring; Kiara reads him a page and leaves first. Nothing said there goes to the case.]]
      if not v.screened then
        parts[#parts + 1] = "It takes two months for Ms. Alvarez to learn about the gun. It is surrendered under the extended order."
      end
      if not v.plain then
        parts[#parts + 1] = "His lawyer's first motion is about the interview. It costs the case a month."
      end
      parts[#parts + 1] = truck_line(v)
      return table.concat(parts, "\n\n")
    end,
    outcome = {
      victim = "Her voice shaped every step she chose to take, and help never depended on her cooperation.",
      accused = "A conviction, an intervention program and a chance to hear what he did, none of it bargained for.",
      community = "A property call handled as what it was, without the referral that would have looked like restorative justice.",
    },
    debrief = [[The restorative path here never ran through the program that seemed made for it. It ran through one question in the lot, a screen, an advocate, an order enforced on a plan, and a victim-initiated specialist process alongside the case. Several steps cost her something she asked for: that was the trade.]],
    questions = { "Which of her wishes did you override, and which did you serve?" },
  },

  ending "impact_statement" {
    title = "Heard in court",
    text = function(v)
      local parts = { [[Marcus pleads guilty. Kiara reads a statement at the hearing, with Ms. Alvarez beside her. He looks at the floor.]] }
      if v.unheard then
        parts[1] = [[Marcus pleads guilty. Kiara does not come to the hearing; nobody told her she could speak at it.]]
      end
      if v.charged == "mischief" then
        parts[#parts + 1] = "The plea is to criminal mischief alone; the order was never charged, and it expires in February."
      else
        parts[#parts + 1] = "The plea includes the order violation and an intervention program; the order is extended."
      end
      if not v.contact then
        parts[#parts + 1] = "Two more payment-app messages arrive in the summer. Kiara deletes them."
      end
      if not v.informed then
        parts[#parts + 1] = "Ms. Ferrante learns of the gun from the presentence report, after the plea was agreed."
      end
      parts[#parts + 1] = truck_line(v)
      return table.concat(parts, "\n\n")
    end,
    outcome = {
      victim = "Heard safely, on the record, though not in the way she asked.",
      accused = "A conviction and, if the order was charged, a program; no conversation with her.",
      community = "A case treated as partner abuse, with the victim's voice in it.",
    },
    debrief = [[A solid, safe ending. What it did not do was test whether her own request to face him could be met by someone trained to meet it: the safe answer was also the one that asked least of the system.]],
  },

  ending "conference_held" {
    title = "An agreement about paint",
    text = [[The agreement says Marcus pays $1,140 and apologizes. The case is closed as a successful conference.

Three weeks later Kiara's sister calls 911 from the Linden Court lot. Marcus is there, "just to talk", because they talk now.]],
    outcome = {
      victim = "She got the paint and lost the order's meaning, in a room where he set the terms.",
      accused = "A closed case and a lesson that the system will sit her across from him.",
      community = "A restorative program used as a tool of control, and a victim less likely to call again.",
    },
    debrief = [[Everything looked right on the form: admission, eyewitness, small loss, victim consent. A standard conference is built for parties who can speak freely; in a relationship of control, his terms came in with him. The safeguard is not about the offense label but about who the parties are.]],
    questions = { "Where was the last point at which this could have been stopped?" },
  },

  ending "she_withdraws" {
    title = "No longer answering",
    text = function(v)
      local first = [[Kiara stops answering calls.]]
      if v.route == "conference" then
        first = [[The conference ends without an agreement. Kiara stops answering calls.]]
      end
      return first .. [[ The case is dismissed when she does not come to court, and the order expires in February.

Her car is repaired on her own insurance.]]
    end,
    outcome = {
      victim = "Alone with the risk, and less likely to trust the next officer.",
      accused = "No consequence, and proof that pressure works.",
      community = "A case lost not to the law but to how she was treated along the way.",
    },
    debrief = [[Victims of partner abuse withdraw for good reasons: fear, money, the pressure of his family, and a system that asked much and gave little. Each step that took her voice lightly, or left her without an advocate, made this ending likelier.]],
  },
}
