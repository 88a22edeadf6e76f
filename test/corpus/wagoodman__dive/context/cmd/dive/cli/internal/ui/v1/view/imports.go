// Import list of package view in cmd/dive/cli/internal/ui/v1/view of wagoodman/dive (the import blocks of its non-test files; no code kept)
package view

import (
	_ "errors"
	_ "fmt"
	_ "github.com/anchore/go-logger"
	_ "github.com/awesome-gocui/gocui"
	_ "github.com/dustin/go-humanize"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1/format"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1/key"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1/viewmodel"
	_ "github.com/wagoodman/dive/dive/filetree"
	_ "github.com/wagoodman/dive/dive/image"
	_ "github.com/wagoodman/dive/internal/log"
	_ "github.com/wagoodman/dive/internal/utils"
	_ "regexp"
	_ "strconv"
	_ "strings"
)
