// Import list of package cmd in cmd/authelia-scripts/cmd of authelia/authelia (the import blocks of its non-test files; no code kept)
package cmd

import (
	_ "bytes"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/authelia/authelia/v4/internal/suites"
	_ "github.com/authelia/authelia/v4/internal/utils"
	_ "github.com/sirupsen/logrus"
	_ "github.com/spf13/cobra"
	_ "io"
	_ "net/http"
	_ "os"
	_ "os/exec"
	_ "os/signal"
	_ "path/filepath"
	_ "regexp"
	_ "slices"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "syscall"
	_ "time"
)
