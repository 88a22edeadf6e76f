// Import list of package command in cmd/dive/cli/internal/command of wagoodman/dive (the import blocks of its non-test files; no code kept)
package command

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/anchore/clio"
	_ "github.com/spf13/afero"
	_ "github.com/spf13/cobra"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/command/adapter"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/options"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui"
	_ "github.com/wagoodman/dive/dive"
	_ "github.com/wagoodman/dive/dive/image"
	_ "github.com/wagoodman/dive/internal/bus"
	_ "os"
)
