// Import list of package ui in cmd/dive/cli/internal/ui of wagoodman/dive (the import blocks of its non-test files; no code kept)
package ui

import (
	_ "context"
	_ "fmt"
	_ "github.com/anchore/clio"
	_ "github.com/anchore/go-logger/adapter/discard"
	_ "github.com/charmbracelet/lipgloss"
	_ "github.com/muesli/termenv"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1/app"
	_ "github.com/wagoodman/dive/internal/bus/event"
	_ "github.com/wagoodman/dive/internal/bus/event/parser"
	_ "github.com/wagoodman/dive/internal/log"
	_ "github.com/wagoodman/go-partybus"
	_ "io"
	_ "os"
	_ "strings"
)
