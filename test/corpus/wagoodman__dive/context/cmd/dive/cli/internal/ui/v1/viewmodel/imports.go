// Import list of package viewmodel in cmd/dive/cli/internal/ui/v1/viewmodel of wagoodman/dive (the import blocks of its non-test files; no code kept)
package viewmodel

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/lunixbochs/vtclean"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1/format"
	_ "github.com/wagoodman/dive/dive/filetree"
	_ "github.com/wagoodman/dive/dive/image"
	_ "github.com/wagoodman/dive/internal/log"
	_ "regexp"
	_ "strings"
)
