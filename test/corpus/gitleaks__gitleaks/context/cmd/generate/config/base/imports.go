// Import list of package base in cmd/generate/config/base of gitleaks/gitleaks (the import blocks of its non-test files; no code kept)
package base

import (
	_ "fmt"
	_ "github.com/zricethezav/gitleaks/v8/config"
	_ "github.com/zricethezav/gitleaks/v8/regexp"
	_ "strings"
)
