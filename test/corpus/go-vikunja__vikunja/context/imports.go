// Import list of package main in . of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bufio"
	_ "bytes"
	_ "code.vikunja.io/api/pkg/cmd"
	_ "context"
	_ "crypto/sha256"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/iancoleman/strcase"
	_ "github.com/magefile/mage/mg"
	_ "io"
	_ "math"
	_ "net"
	_ "net/http"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "regexp"
	_ "runtime"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "syscall"
	_ "time"
)
