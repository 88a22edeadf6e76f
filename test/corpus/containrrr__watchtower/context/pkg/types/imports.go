// Import list of package types in pkg/types of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package types

import (
	_ "github.com/docker/docker/api/types"
	_ "github.com/docker/docker/api/types/container"
	_ "github.com/spf13/cobra"
	_ "strings"
	_ "time"
)
