# syntax=docker/dockerfile:1
# escape=`
# just comments
