// Import list of package cli in cmd/dive/cli of wagoodman/dive (the import blocks of its non-test files; no code kept)
package cli

import (
	_ "github.com/anchore/clio"
	_ "github.com/spf13/cobra"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/command"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui"
	_ "github.com/wagoodman/dive/internal/bus"
	_ "github.com/wagoodman/dive/internal/log"
)
