// Import list of package flags in internal/flags of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package flags

import (
	_ "bufio"
	_ "errors"
	_ "fmt"
	_ "github.com/sirupsen/logrus"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "github.com/spf13/viper"
	_ "os"
	_ "regexp"
	_ "strings"
	_ "time"
)
