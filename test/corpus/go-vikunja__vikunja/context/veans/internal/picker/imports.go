// Import list of package picker in veans/internal/picker of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package picker

import (
	_ "charm.land/bubbletea/v2"
	_ "charm.land/lipgloss/v2"
	_ "code.vikunja.io/veans/internal/client"
	_ "errors"
	_ "fmt"
	_ "github.com/sahilm/fuzzy"
	_ "golang.org/x/term"
	_ "os"
	_ "sort"
	_ "strings"
	_ "unicode/utf8"
)
