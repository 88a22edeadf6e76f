// Import list of package clidoc in oryx/clidoc of ory/hydra (the import blocks of its non-test files; no code kept)
package clidoc

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/ory/x/cmdx"
	_ "github.com/pkg/errors"
	_ "github.com/spf13/cobra"
	_ "html"
	_ "io"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "sort"
	_ "strings"
)
