-- A small rubric for the engine's tests.
return rubric {
  version = 3,
  principles = {
    { id = "a", name = "Principle A", definition = "First test principle.", source = "tests" },
    { id = "b", name = "Principle B", definition = "Second test principle.", source = "tests" },
  },
  safeguards = {
    { id = "s1", name = "Safeguard one", definition = "A test safeguard.", source = "tests" },
  },
  bands = {
    { id = "top", name = "Top", min = 85 },
    { id = "mid", name = "Middle", min = 50 },
    { id = "low", name = "Low", min = 0 },
  },
}
