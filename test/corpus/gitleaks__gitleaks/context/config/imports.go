// Import list of package config in config of gitleaks/gitleaks (the import blocks of its non-test files; no code kept)
package config

import (
	_ "embed"
	_ "errors"
	_ "fmt"
	_ "github.com/BobuSumisu/aho-corasick"
	_ "github.com/hashicorp/go-version"
	_ "github.com/spf13/viper"
	_ "github.com/zricethezav/gitleaks/v8/logging"
	_ "github.com/zricethezav/gitleaks/v8/regexp"
	_ "github.com/zricethezav/gitleaks/v8/version"
	_ "golang.org/x/exp/maps"
	_ "sort"
	_ "strings"
)
