// Import list of package config in pkg/config of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package config

import (
	_ "code.vikunja.io/api/pkg/log"
	_ "crypto/rand"
	_ "fmt"
	_ "github.com/c2h5oh/datasize"
	_ "github.com/spf13/viper"
	_ "net/url"
	_ "os"
	_ "os/exec"
	_ "path"
	_ "path/filepath"
	_ "runtime"
	_ "strings"
	_ "time"
	_ "time/tzdata"
)
