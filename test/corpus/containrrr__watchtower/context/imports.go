// Import list of package main in . of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/containrrr/watchtower/cmd"
	_ "github.com/sirupsen/logrus"
)
