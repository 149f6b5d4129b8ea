-- Switches the FRUS signature rule off by name (tests/frus_style/rules_test.cpp).
return { name = "frus.signature", off = true }
