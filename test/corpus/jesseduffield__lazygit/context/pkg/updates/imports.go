// Import list of package updates in pkg/updates of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package updates

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/go-errors/errors"
	_ "github.com/jesseduffield/lazygit/pkg/commands/oscommands"
	_ "github.com/jesseduffield/lazygit/pkg/common"
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/constants"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/kardianos/osext"
	_ "io"
	_ "net/http"
	_ "os"
	_ "path/filepath"
	_ "runtime"
	_ "strings"
	_ "time"
)
