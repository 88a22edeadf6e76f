// Import list of package flagx in oryx/flagx of ory/hydra (the import blocks of its non-test files; no code kept)
package flagx

import (
	_ "github.com/ory/x/cmdx"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "time"
)
