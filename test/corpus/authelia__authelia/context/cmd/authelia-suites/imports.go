// Import list of package main in cmd/authelia-suites of authelia/authelia (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bufio"
	_ "github.com/authelia/authelia/v4/internal/suites"
	_ "github.com/authelia/authelia/v4/internal/utils"
	_ "github.com/otiai10/copy"
	_ "github.com/sirupsen/logrus"
	_ "github.com/spf13/cobra"
	_ "os"
	_ "path/filepath"
	_ "strings"
)
