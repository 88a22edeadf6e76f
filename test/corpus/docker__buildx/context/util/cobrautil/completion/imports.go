// Import list of package completion in util/cobrautil/completion of docker/buildx (the import blocks of its non-test files; no code kept)
package completion

import (
	_ "github.com/docker/buildx/bake"
	_ "github.com/docker/buildx/builder"
	_ "github.com/docker/buildx/store/storeutil"
	_ "github.com/docker/cli/cli/command"
	_ "github.com/spf13/cobra"
	_ "strings"
)
