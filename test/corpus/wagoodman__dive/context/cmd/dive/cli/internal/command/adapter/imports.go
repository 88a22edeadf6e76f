// Import list of package adapter in cmd/dive/cli/internal/command/adapter of wagoodman/dive (the import blocks of its non-test files; no code kept)
package adapter

import (
	_ "context"
	_ "fmt"
	_ "github.com/dustin/go-humanize"
	_ "github.com/spf13/afero"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/command/ci"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/command/export"
	_ "github.com/wagoodman/dive/dive/image"
	_ "github.com/wagoodman/dive/internal/bus"
	_ "github.com/wagoodman/dive/internal/bus/event/payload"
	_ "github.com/wagoodman/dive/internal/log"
	_ "os"
	_ "strings"
	_ "time"
)
