// Import list of package main in pkg/integration/clients/injector of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "github.com/jesseduffield/lazygit/pkg/app"
	_ "github.com/jesseduffield/lazygit/pkg/app/daemon"
	_ "github.com/jesseduffield/lazygit/pkg/integration/components"
	_ "github.com/jesseduffield/lazygit/pkg/integration/tests"
	_ "github.com/jesseduffield/lazygit/pkg/integration/types"
	_ "github.com/mitchellh/go-ps"
	_ "os"
	_ "time"
)
