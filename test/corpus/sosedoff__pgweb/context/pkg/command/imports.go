// Import list of package command in pkg/command of sosedoff/pgweb (the import blocks of its non-test files; no code kept)
package command

import (
	_ "errors"
	_ "fmt"
	_ "github.com/jackc/pgpassfile"
	_ "github.com/jessevdk/go-flags"
	_ "github.com/mitchellh/go-homedir"
	_ "github.com/sirupsen/logrus"
	_ "os"
	_ "os/user"
	_ "path/filepath"
	_ "runtime"
	_ "strings"
)
