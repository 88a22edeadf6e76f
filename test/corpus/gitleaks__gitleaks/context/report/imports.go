// Import list of package report in report of gitleaks/gitleaks (the import blocks of its non-test files; no code kept)
package report

import (
	_ "encoding/csv"
	_ "encoding/json"
	_ "encoding/xml"
	_ "errors"
	_ "fmt"
	_ "github.com/Masterminds/sprig/v3"
	_ "github.com/charmbracelet/lipgloss"
	_ "github.com/zricethezav/gitleaks/v8/config"
	_ "github.com/zricethezav/gitleaks/v8/sources"
	_ "io"
	_ "math"
	_ "os"
	_ "strconv"
	_ "strings"
	_ "text/template"
)
