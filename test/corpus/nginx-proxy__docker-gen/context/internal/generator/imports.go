// Import list of package generator in internal/generator of nginx-proxy/docker-gen (the import blocks of its non-test files; no code kept)
package generator

import (
	_ "fmt"
	_ "github.com/fsouza/go-dockerclient"
	_ "github.com/nginx-proxy/docker-gen/internal/config"
	_ "github.com/nginx-proxy/docker-gen/internal/context"
	_ "github.com/nginx-proxy/docker-gen/internal/dockerclient"
	_ "github.com/nginx-proxy/docker-gen/internal/template"
	_ "github.com/nginx-proxy/docker-gen/internal/utils"
	_ "log"
	_ "os"
	_ "os/exec"
	_ "os/signal"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "syscall"
	_ "time"
)
