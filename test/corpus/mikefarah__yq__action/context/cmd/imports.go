// Import list of package cmd in cmd of mikefarah/yq (the import blocks of its non-test files; no code kept)
package cmd

import (
	_ "errors"
	_ "fmt"
	_ "github.com/mikefarah/yq/v4/pkg/yqlib"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "io"
	_ "log/slog"
	_ "os"
	_ "strconv"
	_ "strings"
)
