// Import list of package ci in cmd/dive/cli/internal/command/ci of wagoodman/dive (the import blocks of its non-test files; no code kept)
package ci

import (
	_ "errors"
	_ "fmt"
	_ "github.com/charmbracelet/lipgloss"
	_ "github.com/dustin/go-humanize"
	_ "github.com/wagoodman/dive/dive/image"
	_ "golang.org/x/net/context"
	_ "sort"
	_ "strconv"
	_ "strings"
)
