// Import list of package config in pkg/config of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package config

import (
	_ "cmp"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-viper/mapstructure/v2"
	_ "github.com/golangci/golangci-lint/v2/pkg/exitcodes"
	_ "github.com/golangci/golangci-lint/v2/pkg/fsutils"
	_ "github.com/golangci/golangci-lint/v2/pkg/goutil"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "github.com/hashicorp/go-version"
	_ "github.com/ldez/grignotin/goenv"
	_ "github.com/ldez/grignotin/gomod"
	_ "github.com/mitchellh/go-homedir"
	_ "github.com/spf13/pflag"
	_ "github.com/spf13/viper"
	_ "golang.org/x/mod/modfile"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "runtime"
	_ "slices"
	_ "strings"
	_ "time"
)
