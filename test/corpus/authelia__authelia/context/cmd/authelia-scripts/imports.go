// Import list of package main in cmd/authelia-scripts of authelia/authelia (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/authelia/authelia/v4/cmd/authelia-scripts/cmd"
	_ "github.com/sirupsen/logrus"
)
