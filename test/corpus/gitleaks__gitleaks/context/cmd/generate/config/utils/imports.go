// Import list of package utils in cmd/generate/config/utils of gitleaks/gitleaks (the import blocks of its non-test files; no code kept)
package utils

import (
	_ "fmt"
	_ "github.com/zricethezav/gitleaks/v8/cmd/generate/config/base"
	_ "github.com/zricethezav/gitleaks/v8/config"
	_ "github.com/zricethezav/gitleaks/v8/detect"
	_ "github.com/zricethezav/gitleaks/v8/logging"
	_ "github.com/zricethezav/gitleaks/v8/regexp"
	_ "strings"
)
