// Import list of package options in cmd/dive/cli/internal/options of wagoodman/dive (the import blocks of its non-test files; no code kept)
package options

import (
	_ "fmt"
	_ "github.com/anchore/clio"
	_ "github.com/scylladb/go-set/strset"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/command/ci"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1/key"
	_ "github.com/wagoodman/dive/dive"
	_ "github.com/wagoodman/dive/internal/log"
	_ "gopkg.in/yaml.v3"
	_ "os"
	_ "path"
	_ "reflect"
	_ "strings"
)
