// Import list of package main in cmd/generate/config of gitleaks/gitleaks (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/zricethezav/gitleaks/v8/cmd/generate/config/base"
	_ "github.com/zricethezav/gitleaks/v8/cmd/generate/config/rules"
	_ "github.com/zricethezav/gitleaks/v8/config"
	_ "github.com/zricethezav/gitleaks/v8/logging"
	_ "os"
	_ "slices"
	_ "text/template"
)
