// Import list of package main in . of gitleaks/gitleaks (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/zricethezav/gitleaks/v8/cmd"
	_ "github.com/zricethezav/gitleaks/v8/logging"
	_ "os"
	_ "os/signal"
)
