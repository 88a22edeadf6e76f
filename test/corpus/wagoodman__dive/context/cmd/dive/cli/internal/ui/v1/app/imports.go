// Import list of package app in cmd/dive/cli/internal/ui/v1/app of wagoodman/dive (the import blocks of its non-test files; no code kept)
package app

import (
	_ "errors"
	_ "fmt"
	_ "github.com/awesome-gocui/gocui"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1/key"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1/layout"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1/layout/compound"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1/view"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1/viewmodel"
	_ "golang.org/x/net/context"
	_ "regexp"
	_ "syscall"
	_ "time"
)
